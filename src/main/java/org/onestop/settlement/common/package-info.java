/**
 * Shared plain value types used by every capability: {@code Money} (exact decimal, the one rounding place),
 * {@code RegionCode}, {@code PersonId} and the problem types with their exceptions; it depends on nothing else in
 * the service and on no framework (its {@code web} and {@code db} subpackages hold the Spring wiring). An open
 * module: every other module may use all of it.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, allowedDependencies = {})
package org.onestop.settlement.common;

import org.springframework.modulith.ApplicationModule;
