/**
 * API clients and their roles, authentication (HTTP Basic, BCrypt, failed-login throttling), access rules, the
 * current client's hospital scope, and the append-only audit of writes; the client and audit API is in
 * {@code web}. Which persons a hospital may read is asked through {@code PatientAccess}, which the settlement module
 * answers.
 */
@ApplicationModule(allowedDependencies = "common")
package org.onestop.settlement.security;

import org.springframework.modulith.ApplicationModule;
