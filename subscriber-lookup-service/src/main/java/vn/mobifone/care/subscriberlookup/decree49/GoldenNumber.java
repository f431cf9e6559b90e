package vn.mobifone.care.subscriberlookup.decree49;

import java.util.regex.Pattern;
import vn.mobifone.care.subscriberlookup.subscriber.BillingText;

/**
 * A "số đẹp": the MSISDN's commitment type carries a commitment ({@code CK…}, but not
 * {@code KHÔNG CK…}, "no commitment"), or its company field names {@code số TCT}. Billing exports
 * come with and without diacritics, in either Unicode form and with odd spaces, so the fields are
 * read through {@link BillingText#key}.
 */
public final class GoldenNumber {

    private static final Pattern NO_COMMITMENT = Pattern.compile("kh(ô|o)ng ?ck");
    private static final Pattern COMMITMENT = Pattern.compile("(^|[^\\p{L}])ck");
    private static final Pattern CORPORATION_NUMBER = Pattern.compile("s(ố|o) ?tct");

    private GoldenNumber() {
    }

    public static boolean test(String commitmentType, String company) {
        return hasCommitment(commitmentType) || (company != null && CORPORATION_NUMBER.matcher(BillingText.key(company)).find());
    }

    private static boolean hasCommitment(String commitmentType) {
        if (commitmentType == null) {
            return false;
        }
        String rest = NO_COMMITMENT.matcher(BillingText.key(commitmentType)).replaceAll("");
        return COMMITMENT.matcher(rest).find();
    }
}
