/**
 * The FHIR R4 view of a settlement: a {@code ClaimResponse} built with HAPI FHIR's structures, answered for
 * {@code Accept: application/fhir+json} (docs/clearing-and-fhir.md). Fund categories use the national platform's fund types ({@code np}), so the tilt is
 * 610102 in both views.
 */
@ApplicationModule(allowedDependencies = {"common", "security", "settlement", "np"})
package org.onestop.settlement.fhir;

import org.springframework.modulith.ApplicationModule;
