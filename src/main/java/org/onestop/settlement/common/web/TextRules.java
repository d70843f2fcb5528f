package org.onestop.settlement.common.web;

/**
 * Rules for text that comes from outside: ids and strings may not hold control characters or unpaired UTF-16
 * surrogates, and any such text is escaped by {@link #printable} before it reaches a log line, so that a client can
 * neither forge log lines nor store unreadable text.
 */
public final class TextRules {

    /** The message of a field whose text breaks {@link #isClean}. */
    public static final String UNCLEAN = "must not contain control characters or unpaired surrogates";

    private TextRules() {
    }

    /** Whether {@code text} has no control character (C0, DEL, C1) and no unpaired surrogate. */
    public static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The one way outside text goes into a log line: control characters and unpaired surrogates become
     * {@code \\uXXXX}, a backslash becomes {@code \\\\}; null stays {@code null}.
     */
    public static String printable(String text) {
        if (text == null || (isClean(text) && text.indexOf('\\') < 0)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\\') {
                out.append("\\\\");
            } else if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
