/**
 * The settlement use case and its HTTP API: settle, preview, get and reversal, with idempotency.
 */
package org.onestop.settlement.settlement;
