package vn.mobifone.care.consultation.appinstall;

import java.util.Arrays;
import vn.mobifone.care.platform.problem.InvalidInput;

/** The hotline the customer called. */
public enum Line {
    HOTLINE_1090("1090"),
    /** Toll-free: complaints and faults; premium customers (KHCC) are served here with priority. */
    HOTLINE_18001090("18001090"),
    HOTLINE_9090("9090");

    public static final String PATTERN = "1090|18001090|9090";

    private final String number;

    Line(String number) {
        this.number = number;
    }

    public String number() {
        return number;
    }

    /** The agents' main line when the frontend does not say. */
    public static Line of(String field, String number) {
        if (number == null || number.isBlank()) {
            return HOTLINE_1090;
        }
        return Arrays.stream(values()).filter(l -> l.number.equals(number.strip())).findFirst()
                .orElseThrow(() -> new InvalidInput(field, "must be one of 1090, 18001090, 9090"));
    }
}
