package org.onestop.settlement.console.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onestop.settlement.common.FieldViolation;
import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.person.PersonRegistry;

/**
 * The identity-approval form as posted: every field as text, so that what was typed is shown again next to what is
 * wrong with it. {@link #read} turns it into the registry's {@link PersonRegistry.NewIdentity} and checks it with the
 * registry's own rules ({@link PersonRegistry#violations}), so the confirmation page shows only an identity the registry
 * will record.
 */
record IdentityForm(String category, String subclass, String validFrom, String validTo, String source,
                    String applicationDate) {

    static final int MAX_SUBCLASS = 32;
    static final int MAX_SOURCE = 100;

    /** An empty form; the source starts as the approving client's id. */
    static IdentityForm empty(String source) {
        return new IdentityForm(null, null, null, null, source, null);
    }

    /** The identity the form describes, or the rules it breaks, by field. */
    record Reading(PersonRegistry.NewIdentity identity, Map<String, String> errors) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    Reading read() {
        Map<String, String> errors = new LinkedHashMap<>();
        IdentityCategory parsedCategory = null;
        if (isBlank(category)) {
            errors.put("category", "请选择身份类别 (category is required)");
        } else {
            try {
                parsedCategory = IdentityCategory.valueOf(category.strip());
            } catch (IllegalArgumentException e) {
                errors.put("category", "不是有效的身份类别 (not an identity category)");
            }
        }
        String parsedSubclass = isBlank(subclass) ? null : subclass.strip();
        if (parsedSubclass != null && parsedSubclass.length() > MAX_SUBCLASS) {
            errors.put("subclass", "最多 " + MAX_SUBCLASS + " 个字符 (at most " + MAX_SUBCLASS + " characters)");
        }
        LocalDate from = date("validFrom", validFrom, true, errors);
        LocalDate to = date("validTo", validTo, false, errors);
        LocalDate applied = date("applicationDate", applicationDate, false, errors);
        String parsedSource = isBlank(source) ? null : source.strip();
        if (parsedSource != null && parsedSource.length() > MAX_SOURCE) {
            errors.put("source", "最多 " + MAX_SOURCE + " 个字符 (at most " + MAX_SOURCE + " characters)");
        }
        if (!errors.isEmpty()) {
            return new Reading(null, errors);
        }
        PersonRegistry.NewIdentity identity = new PersonRegistry.NewIdentity(parsedCategory, parsedSubclass, from, to,
                parsedSource, applied);
        List<FieldViolation> broken = new ArrayList<>(PersonRegistry.violations(identity));
        broken.forEach(v -> errors.putIfAbsent(v.field(), v.message()));
        return new Reading(errors.isEmpty() ? identity : null, errors);
    }

    private static LocalDate date(String field, String text, boolean required, Map<String, String> errors) {
        if (isBlank(text)) {
            if (required) {
                errors.put(field, "请填写日期 (a date is required)");
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "日期格式应为 yyyy-MM-dd (a date such as 2024-01-01)");
            return null;
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
