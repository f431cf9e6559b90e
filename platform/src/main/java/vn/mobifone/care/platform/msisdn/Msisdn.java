package vn.mobifone.care.platform.msisdn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.web.TextRules;

/**
 * A Vietnamese mobile number, normalised to {@code 84} + 9 digits. Agents type it as
 * {@code 0901 234 567}, CRMs send {@code +84901234567}; both are the same subscriber. A customer
 * may still give the 11-digit number MobiFone converted in 2018 ({@code 0120…} is {@code 070…}):
 * it is read as the number it became, in every service.
 */
@Schema(name = "Msisdn", type = SchemaType.STRING, pattern = "^(\\+84|84|0)[ .()-]*[1-9][0-9 .()-]{8,14}$", maxLength = 24,
        example = "84901234567",
        description = "Mobile number; accepted as 0xxxxxxxxx, 84xxxxxxxxx or +84xxxxxxxxx (spaces, dots, dashes and brackets"
                + " tolerated; MobiFone's old 11-digit 012x numbers too), always answered as 84 + 9 digits (^84[35789][0-9]{8}$)")
public record Msisdn(String value) {

    /** MobiFone's national prefixes (without the leading 0). */
    private static final Set<String> MOBIFONE_PREFIXES = Set.of("89", "90", "93", "70", "76", "77", "78", "79");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");
    /** Vietnamese mobile numbers: 9 national digits, first one 3, 5, 7, 8 or 9. */
    private static final Pattern NATIONAL = Pattern.compile("[35789][0-9]{8}");

    public Msisdn {
        if (value == null || value.length() != 11 || !value.startsWith("84") || !NATIONAL.matcher(value.substring(2)).matches()) {
            throw invalid(value);
        }
    }

    @JsonCreator
    public static Msisdn parse(String raw) {
        if (raw == null) {
            throw invalid(null);
        }
        Msisdn old = ElevenDigitConversion.converted(raw);
        if (old != null) {
            return old;
        }
        String digits = SEPARATORS.matcher(raw.trim()).replaceAll("");
        String national;
        if (digits.startsWith("+84")) {
            national = digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            national = digits.substring(2);
        } else if (digits.startsWith("0")) {
            national = digits.substring(1);
        } else {
            throw invalid(raw);
        }
        if (!NATIONAL.matcher(national).matches()) {
            throw invalid(raw);
        }
        return new Msisdn("84" + national);
    }

    public boolean isMobiFone() {
        return MOBIFONE_PREFIXES.contains(value.substring(2, 4));
    }

    /** The form agents read aloud and type: {@code 0901234567}. */
    public String national() {
        return "0" + value.substring(2);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }

    private static InvalidInput invalid(String raw) {
        return new InvalidInput("msisdn", "'" + TextRules.quoted(raw) + "' is not a Vietnamese mobile number (0xxxxxxxxx, 84xxxxxxxxx or +84xxxxxxxxx)");
    }
}
