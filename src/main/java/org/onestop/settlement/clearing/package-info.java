/**
 * Fund clearing statements (清算): per hospital and fund, what the funds paid through settlements and took back
 * through reversals in a period, read from the stored settlements' fund lines; and the period totals the national
 * platform's reconciliation (3201 对总账) compares.
 */
@ApplicationModule(allowedDependencies = {"common", "security"})
package org.onestop.settlement.clearing;

import org.springframework.modulith.ApplicationModule;
