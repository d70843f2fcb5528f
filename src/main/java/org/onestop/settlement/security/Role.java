package org.onestop.settlement.security;

/** What an API client may do. */
public enum Role {
    /** A hospital's HIS, bound to one hospital code: settles and reads its own encounters. */
    HOSPITAL,
    /** The civil-affairs / rural-revitalisation push: writes persons and identities. */
    REGISTRY,
    /** Everything, plus clients and the audit. */
    ADMIN
}
