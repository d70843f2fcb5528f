/**
 * High-cost alerts (监测预警, 001 第十六条, 004 五(八)): every settlement and reversal is checked, in its own
 * transaction, against the region's alert rules of the policy data; the assistance office lists and acknowledges the
 * alerts through {@code web}.
 */
@ApplicationModule(allowedDependencies = {"common", "policy", "person", "settlement", "security"})
package org.onestop.settlement.alert;

import org.springframework.modulith.ApplicationModule;
