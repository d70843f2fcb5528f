/**
 * The settlement use case and its HTTP API ({@code web}): settle, preview, get and reversal, with idempotency. It
 * also tells the access rules which persons a hospital has a standing (not reversed) settlement for
 * ({@code security.PatientAccess}).
 */
@ApplicationModule(allowedDependencies = {"common", "policy", "calculation", "person", "ledger", "security"})
package org.onestop.settlement.settlement;

import org.springframework.modulith.ApplicationModule;
