package vn.mobifone.care.platform.web;

/** What no text of the suite may hold, in a body, a query or a path: checked before it reaches a rule or the database. */
public final class TextRules {

    /** How much of a refused value a problem may quote, so that a huge input never makes a huge answer. */
    public static final int QUOTED = 40;

    private TextRules() {
    }

    /** @return why the text is refused, or null when it is acceptable */
    public static String refusal(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f) {
                return "must not contain control characters (U+%04X at position %d)".formatted((int) c, i);
            }
            if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return "must not contain an unpaired surrogate (position %d)".formatted(i);
            }
        }
        return null;
    }

    /** The start of a value, for quoting it in a problem. */
    public static String quoted(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= QUOTED ? value : value.substring(0, QUOTED) + "…";
    }
}
