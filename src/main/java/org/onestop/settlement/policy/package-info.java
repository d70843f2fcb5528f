/**
 * The policy catalogue: effective-dated parameters per region with their citations, the disease catalogue, and
 * their loading and lookup.
 */
package org.onestop.settlement.policy;
