/**
 * The policy catalogue: effective-dated parameters per region with their citations, the disease catalogue, and
 * their loading and lookup; the read-only HTTP API is in {@code web}.
 */
@ApplicationModule(allowedDependencies = "common")
package org.onestop.settlement.policy;

import org.springframework.modulith.ApplicationModule;
