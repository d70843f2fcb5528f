/**
 * The pure settlement engine: one class per stage (basic, major illness, assistance, tilt), the stage interface and
 * the explanation lines; no Spring, JPA or Jackson here. It reads the ledger's plain value types ({@code Bucket},
 * {@code LedgerBalances}, {@code QuotaCaps}), never its storage (ArchitectureTest).
 */
@ApplicationModule(allowedDependencies = {"common", "policy", "ledger"})
package org.onestop.settlement.calculation;

import org.springframework.modulith.ApplicationModule;
