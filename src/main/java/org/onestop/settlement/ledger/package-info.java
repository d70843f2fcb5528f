/**
 * Per-person, per-region, per-year quota rows, their row locking and the applying and reverting of deltas.
 */
@ApplicationModule(allowedDependencies = "common")
package org.onestop.settlement.ledger;

import org.springframework.modulith.ApplicationModule;
