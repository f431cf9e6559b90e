package vn.mobifone.care.subscriberlookup.subscriber;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Free text as billing exports it (subscription names, commitment types, company fields): the same
 * words arrive precomposed or with combining accents, with non-breaking or doubled spaces, in any
 * case ("Mobifone", "MobiFone", "CÔNG TY") and with or without spaces around a hyphen. Rules that
 * read such text compare its {@link #key}; the import stores its {@link #tidy} form.
 */
public final class BillingText {

    /** Unicode spaces (no-break, figure, narrow) and zero-width ones are not all {@code \s} in Java. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]+");
    /** Hyphen, non-breaking hyphen, en dash and the spaces around them. */
    private static final Pattern HYPHEN = Pattern.compile(" ?[-\\u2010\\u2011\\u2013] ?");

    private BillingText() {
    }

    /** NFC, every run of spaces one plain space, trimmed: what a person would call the same text. */
    public static String tidy(String text) {
        if (text == null) {
            return null;
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    /** The form to compare on: {@link #tidy}, lower case, hyphens without spaces around them. */
    public static String key(String text) {
        if (text == null) {
            return null;
        }
        // Lower-casing a precomposed letter gives a precomposed letter, so the key stays NFC
        return HYPHEN.matcher(tidy(text).toLowerCase(Locale.ROOT)).replaceAll("-");
    }
}
