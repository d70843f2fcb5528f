package org.onestop.settlement.security;

/** What an API client may do. */
public enum Role {
    /** A hospital's HIS, bound to one hospital code: settles and reads its own encounters. */
    HOSPITAL,
    /** The civil-affairs / rural-revitalisation push: writes persons and identities. */
    REGISTRY,
    /**
     * The medical-assistance office (医疗救助经办机构) of one region: approves identities after discharge and pays what
     * they cover back (retroactive supplements), takes after-care claims, and reads every person, settlement and
     * ledger of its region. It does not settle discharge claims.
     */
    ASSISTANCE_OFFICE,
    /** Everything, plus clients and the audit. */
    ADMIN
}
