package org.onestop.settlement.calculation;

import java.time.LocalDate;

import org.onestop.settlement.common.IdentityCategory;

/**
 * An assistance identity (救助对象身份) the person holds, valid from {@code validFrom} to {@code validTo}, both
 * inclusive ({@code validTo} null: open). {@code applicationDate} is set for identities approved on application.
 */
public record Identity(String id, IdentityCategory category, String subclass, LocalDate validFrom, LocalDate validTo,
                       LocalDate applicationDate) {

    /** "MIN_LIVING/URBAN_FULL" or "ORPHAN": how explanations name an identity. */
    public String label() {
        return subclass == null ? category.name() : category.name() + "/" + subclass;
    }
}
