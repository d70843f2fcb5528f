/**
 * Shared plain value types used by every capability: {@code Money} (exact decimal, the one rounding place),
 * {@code RegionCode}, {@code PersonId} and the problem types with their exceptions; it depends on nothing else in
 * the service and on no framework (its {@code web} and {@code db} subpackages hold the Spring wiring).
 */
package org.onestop.settlement.common;
