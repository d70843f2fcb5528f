/**
 * The pure settlement engine: one class per stage (basic, major illness, assistance, tilt), the stage interface and
 * the explanation lines; no Spring, JPA or Jackson here.
 */
@ApplicationModule(allowedDependencies = {"common", "policy"})
package org.onestop.settlement.calculation;

import org.springframework.modulith.ApplicationModule;
