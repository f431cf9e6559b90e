package vn.mobifone.care.subscriberlookup.decree49;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A "số đẹp": the MSISDN's commitment type carries a commitment ({@code CK…}, but not
 * {@code KHÔNG CK…}, "no commitment"), or its company field names {@code số TCT}. Billing exports
 * come with and without diacritics, so both spellings count.
 */
public final class GoldenNumber {

    private static final Pattern NO_COMMITMENT = Pattern.compile("KH(Ô|O)NG\\s+CK");
    private static final Pattern COMMITMENT = Pattern.compile("(^|[^A-Z])CK");
    private static final Pattern CORPORATION_NUMBER = Pattern.compile("S(Ố|O)\\s+TCT");

    private GoldenNumber() {
    }

    public static boolean test(String commitmentType, String company) {
        return hasCommitment(commitmentType) || (company != null && CORPORATION_NUMBER.matcher(upper(company)).find());
    }

    private static boolean hasCommitment(String commitmentType) {
        if (commitmentType == null) {
            return false;
        }
        String rest = NO_COMMITMENT.matcher(upper(commitmentType)).replaceAll("");
        return COMMITMENT.matcher(rest).find();
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}
