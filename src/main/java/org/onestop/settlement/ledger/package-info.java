/**
 * Per-person, per-region, per-year quota rows, their row locking and the applying and reverting of deltas.
 */
package org.onestop.settlement.ledger;
