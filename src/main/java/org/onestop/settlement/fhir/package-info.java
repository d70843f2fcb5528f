/**
 * The FHIR R4 view of a settlement: a {@code ClaimResponse} built with HAPI FHIR's structures, answered for
 * {@code Accept: application/fhir+json} (docs/fhir.md).
 */
package org.onestop.settlement.fhir;
