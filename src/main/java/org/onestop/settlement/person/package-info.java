/**
 * Persons and their assistance identities (救助对象身份) with validity periods.
 */
package org.onestop.settlement.person;
