package org.onestop.settlement.slip;

/**
 * A person's name as a printed slip may show it: the first character (the surname) and {@code *} for every other
 * character, e.g. 张三丰 → 张**. A compound surname (欧阳) keeps only its first character, which reveals less.
 */
public final class NameMask {

    private NameMask() {
    }

    /** The masked name; blank or absent names give an empty string. Characters are counted as code points. */
    public static String mask(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        int[] codePoints = name.strip().codePoints().toArray();
        StringBuilder masked = new StringBuilder().appendCodePoint(codePoints[0]);
        masked.append("*".repeat(codePoints.length - 1));
        return masked.toString();
    }
}
