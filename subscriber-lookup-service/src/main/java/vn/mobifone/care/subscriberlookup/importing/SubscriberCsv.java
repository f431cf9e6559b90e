package vn.mobifone.care.subscriberlookup.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.subscriberlookup.subscriber.BillingText;
import vn.mobifone.care.subscriberlookup.subscriber.DeviceType;
import vn.mobifone.care.subscriberlookup.subscriber.PaymentType;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberCategory;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberStatus;

/** The billing export's CSV form: a header with these columns, then one subscriber a line. */
public final class SubscriberCsv {

    public static final List<String> COLUMNS = List.of("msisdn", "owner_name", "payment_type", "status", "category", "device_type",
            "app_installed_on", "arpu_vnd", "loyalty_points", "kndl_tier", "current_package", "main_balance_vnd", "sim_4g",
            "vlr_days_last7", "province", "district", "ward", "occupation_code", "churn_risk", "commitment_type", "company",
            "premium", "id_document_number", "has_portrait", "has_id_front", "has_id_back", "id_name_matches_owner",
            "joined_points_2022", "mvas_unused_2m", "mnp_out");

    public static final String HEADER = String.join(",", COLUMNS);

    /** Exports from before the campaign columns (the last three) are still read; those rows get their defaults. */
    static final int BASE_FIELDS = COLUMNS.size() - 3;
    public static final String BASE_HEADER = String.join(",", COLUMNS.subList(0, BASE_FIELDS));

    private static final Pattern SERVICE_CODES = Pattern.compile("([A-Z0-9_]{1,20}(;[A-Z0-9_]{1,20})*)?");

    /** CMND (9 digits) or CCCD (12 digits). */
    private static final Pattern ID_DOCUMENT = Pattern.compile("[0-9]{9}|[0-9]{12}");

    private SubscriberCsv() {
    }

    /**
     * Names, commitment types and company fields are stored {@link BillingText#tidy tidied}, so what
     * agents read and what the rules compare is one Unicode form.
     *
     * @throws RowRejected with the reason when the line is not a valid subscriber
     */
    public static SubscriberRecord parse(String line) {
        List<String> f = CsvLine.split(line);
        if (f.size() != COLUMNS.size() && f.size() != BASE_FIELDS) {
            throw new RowRejected("expected " + COLUMNS.size() + " fields (" + BASE_FIELDS + " without the campaign columns), found " + f.size());
        }
        boolean campaignColumns = f.size() == COLUMNS.size();
        Integer occupation = optional(f.get(17)) == null ? null : (int) number(f, 17, 1, 18);
        return new SubscriberRecord(msisdn(f.get(0)), BillingText.tidy(required(f, 1, 300)),
                enumOf(PaymentType.class, f, 2), enumOf(SubscriberStatus.class, f, 3), enumOf(SubscriberCategory.class, f, 4),
                enumOf(DeviceType.class, f, 5), date(f, 6),
                number(f, 7, 0, Long.MAX_VALUE), number(f, 8, 0, Long.MAX_VALUE), text(f, 9, 20), text(f, 10, 40),
                number(f, 11, Long.MIN_VALUE, Long.MAX_VALUE), bool(f, 12), (int) number(f, 13, 0, 7),
                required(f, 14, 100), required(f, 15, 100), required(f, 16, 100), occupation, ratio(f, 18),
                orEmpty(BillingText.tidy(text(f, 19, 100))), orEmpty(BillingText.tidy(text(f, 20, 300))), bool(f, 21), idDocument(f.get(22)),
                bool(f, 23), bool(f, 24), bool(f, 25), bool(f, 26),
                campaignColumns && bool(f, 27), campaignColumns ? serviceCodes(f, 28) : "", campaignColumns && bool(f, 29));
    }

    public static String format(SubscriberRecord r) {
        StringBuilder out = new StringBuilder(256);
        Object[] values = { r.msisdn(), r.ownerName(), r.paymentType(), r.status(), r.category(), r.deviceType(), r.appInstalledOn(),
                r.arpuVnd(), r.loyaltyPoints(), r.kndlTier(), r.currentPackage(), r.mainBalanceVnd(), r.sim4g(), r.vlrDaysLast7(),
                r.province(), r.district(), r.ward(), r.occupationCode(), r.churnRisk(), r.commitmentType(), r.company(), r.premium(),
                r.idDocumentNumber(), r.hasPortrait(), r.hasIdFront(), r.hasIdBack(), r.idNameMatchesOwner(),
                r.joinedPointsProgramme2022(), r.mvasUnusedTwoMonths(), r.mnpOut() };
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            CsvLine.append(out, values[i]);
        }
        return out.toString();
    }

    private static String msisdn(String raw) {
        try {
            return Msisdn.parse(raw).value();
        } catch (InvalidInput e) {
            throw new RowRejected("msisdn: " + e.getMessage());
        }
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String text(List<String> f, int i, int maxLength) {
        String value = optional(f.get(i));
        if (value != null && value.length() > maxLength) {
            throw new RowRejected(COLUMNS.get(i) + ": longer than " + maxLength + " characters");
        }
        return value;
    }

    private static String required(List<String> f, int i, int maxLength) {
        String value = text(f, i, maxLength);
        if (value == null) {
            throw new RowRejected(COLUMNS.get(i) + ": required");
        }
        return value;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, List<String> f, int i) {
        String value = required(f, i, 40);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new RowRejected(COLUMNS.get(i) + ": '" + value + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }

    private static LocalDate date(List<String> f, int i) {
        String value = optional(f.get(i));
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RowRejected(COLUMNS.get(i) + ": '" + value + "' is not a date (yyyy-MM-dd)");
        }
    }

    private static long number(List<String> f, int i, long min, long max) {
        String value = required(f, i, 20);
        long n;
        try {
            n = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new RowRejected(COLUMNS.get(i) + ": '" + value + "' is not a whole number");
        }
        if (n < min || n > max) {
            throw new RowRejected(COLUMNS.get(i) + ": " + n + " is outside " + min + ".." + max);
        }
        return n;
    }

    private static double ratio(List<String> f, int i) {
        String value = required(f, i, 20);
        double d;
        try {
            d = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new RowRejected(COLUMNS.get(i) + ": '" + value + "' is not a number");
        }
        if (!(d >= 0 && d <= 1)) {
            throw new RowRejected(COLUMNS.get(i) + ": " + value + " is outside 0..1");
        }
        return d;
    }

    private static boolean bool(List<String> f, int i) {
        String value = required(f, i, 5);
        return switch (value) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new RowRejected(COLUMNS.get(i) + ": '" + value + "' is not true/false");
        };
    }

    private static String serviceCodes(List<String> f, int i) {
        String value = orEmpty(text(f, i, 300));
        if (!SERVICE_CODES.matcher(value).matches()) {
            throw new RowRejected(COLUMNS.get(i) + ": service codes (A-Z, 0-9, _) separated by ;");
        }
        return value;
    }

    private static String idDocument(String raw) {
        String value = optional(raw);
        if (value != null && !ID_DOCUMENT.matcher(value).matches()) {
            throw new RowRejected("id_document_number: a CMND has 9 digits, a CCCD 12");
        }
        return value;
    }
}
