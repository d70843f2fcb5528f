/**
 * The assistance office's benefits beside the settlement, each computed from the policy data in force with its
 * working and citation: premium subsidies (资助参保) and the roster for the tax collector, deposit waivers
 * (先诊疗后付费), Wuhai's outpatient cash grant (003 三(二)2(2)) and its other-hardship test (003 三(一)3); the HTTP API
 * is in {@code web}.
 */
@ApplicationModule(allowedDependencies = {"common", "policy", "person", "security"})
package org.onestop.settlement.benefit;

import org.springframework.modulith.ApplicationModule;
