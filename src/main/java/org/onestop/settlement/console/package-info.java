/**
 * The server-rendered console under {@code /console/} (Thymeleaf templates, plain forms and links, no script): for
 * the assistance office a person's page (identities, the year's ledger as bars, settlements with their slips), the
 * high-cost alerts with acknowledgement and the identity-approval form; for a hospital its settlements of the day. It
 * owns no data: every figure comes from the use cases of the modules it shows, under their access rules, and the
 * console adds the office's region scope to the person pages.
 */
@ApplicationModule(allowedDependencies = {"common", "security", "person", "ledger", "settlement", "alert", "slip"})
package org.onestop.settlement.console;

import org.springframework.modulith.ApplicationModule;
