package org.onestop.settlement.common;

/** Sex as recorded in the registry; some disease conditions depend on it. */
public enum Sex {
    MALE,
    FEMALE
}
