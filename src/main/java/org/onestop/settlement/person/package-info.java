/**
 * Persons and their assistance identities (救助对象身份) with validity periods; {@code PersonRegistry} holds the
 * use cases and their transactions, {@code web} their HTTP API.
 */
@ApplicationModule(allowedDependencies = "common")
package org.onestop.settlement.person;

import org.springframework.modulith.ApplicationModule;
