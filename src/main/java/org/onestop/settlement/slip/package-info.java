/**
 * Printable documents of a settlement: the one-stop settlement slip (一站式结算单) handed to the patient at the
 * discharge desk, as HTML for the browser and as PDF rendered on the server, with its formatting rules (money,
 * capital numerals, name masking). It reads settlements only through the settlement module's read path.
 */
@ApplicationModule(allowedDependencies = {"common", "person", "security", "settlement"})
package org.onestop.settlement.slip;

import org.springframework.modulith.ApplicationModule;
