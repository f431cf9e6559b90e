package vn.mobifone.care.platform.msisdn;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.web.TextRules;

/**
 * The 2018 conversion of 11-digit mobile numbers to 10 digits. Customers still give their old
 * number, so MobiFone's five old prefixes are read as the new ones (0120 → 070, 0121 → 079,
 * 0122 → 077, 0126 → 076, 0128 → 078, the rest of the number unchanged), in the 0…, 84… and +84…
 * forms. The other old 012x prefixes were another network's and are refused as such; anything
 * else is read as a current number.
 */
final class ElevenDigitConversion {

    private static final Map<String, String> MOBIFONE = Map.of("120", "70", "121", "79", "122", "77", "126", "76", "128", "78");
    private static final Set<String> ANOTHER_NETWORK = Set.of("123", "124", "125", "127", "129");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");
    /** The national part of an old number: 12x and 7 more digits. */
    private static final Pattern OLD_NATIONAL = Pattern.compile("12[0-9]{8}");

    private ElevenDigitConversion() {
    }

    /**
     * @return the number an old MobiFone number became, or null when the text is no old 11-digit number
     * @throws InvalidInput when it is an old number of another network
     */
    static Msisdn converted(String raw) {
        String national = oldNational(raw);
        if (national == null) {
            return null;
        }
        String prefix = national.substring(0, 3);
        String converted = MOBIFONE.get(prefix);
        if (converted != null) {
            return new Msisdn("84" + converted + national.substring(3));
        }
        if (ANOTHER_NETWORK.contains(prefix)) {
            throw new InvalidInput("msisdn", "'" + TextRules.quoted(raw) + "' is an old 11-digit number of another network (0" + prefix
                    + "); MobiFone's old prefixes were 0120, 0121, 0122, 0126 and 0128");
        }
        return null;
    }

    private static String oldNational(String raw) {
        if (raw == null) {
            return null;
        }
        String digits = SEPARATORS.matcher(raw.trim()).replaceAll("");
        String national;
        if (digits.startsWith("+84")) {
            national = digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 12) {
            national = digits.substring(2);
        } else if (digits.startsWith("0")) {
            national = digits.substring(1);
        } else {
            return null;
        }
        return OLD_NATIONAL.matcher(national).matches() ? national : null;
    }
}
