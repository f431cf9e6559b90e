package vn.mobifone.care.smsgateway.encoding;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese to plain letters ("Quý khách" to "Quy khach"), as the operator's care SMS are
 * written: the text then fits GSM 7 and travels 160 characters a part instead of 70.
 */
public final class DiacriticsFolder {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private DiacriticsFolder() {
    }

    public static String fold(String text) {
        // đ/Đ are letters of their own, not d with a combining mark, so NFD leaves them alone.
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("");
    }
}
