/**
 * What-if simulations of a policy change (README, "Policy simulations"): the past settlements of a region and period
 * settled again, in discharge order per person, under the policy as it was and under changed parameters, on ledgers
 * kept in memory; the difference per fund, stage, identity category and person, the burden left per stay and the
 * alert lines crossed. It reads the settlement, person and ledger tables and writes only its own rows. HTTP in
 * {@code web}.
 */
@ApplicationModule(allowedDependencies = {"common", "policy", "calculation", "ledger", "settlement", "security"})
package org.onestop.settlement.simulation;

import org.springframework.modulith.ApplicationModule;
