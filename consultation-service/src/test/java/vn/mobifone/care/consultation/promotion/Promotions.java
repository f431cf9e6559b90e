package vn.mobifone.care.consultation.promotion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Catalogue entries for the promotion tests: a running data promotion for everyone, changed one condition at a time. */
public final class Promotions {

    public static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private Promotions() {
    }

    /** 5 GB for 30 days, prepaid and postpaid, any ARPU and package, about DATA, running from 10 days ago for 30 days. */
    public static Entry data(String code) {
        return new Entry(code);
    }

    public static List<PromotionView> catalogue(Entry... entries) {
        return Arrays.stream(entries).map(Entry::view).toList();
    }

    public static AdviceSubject prepaid(long arpuVnd, String currentPackage) {
        return new AdviceSubject(PaymentType.PREPAID, arpuVnd, currentPackage, false);
    }

    public static AdviceSubject postpaid(long arpuVnd, String currentPackage) {
        return new AdviceSubject(PaymentType.POSTPAID, arpuVnd, currentPackage, false);
    }

    public static AdviceQuestion about(String service) {
        return new AdviceQuestion(service, "1090", false, false, false);
    }

    /** One entry being written; {@link #request()} as a supervisor sends it, {@link #view()} as the catalogue answers it. */
    public static final class Entry {
        String code;
        String name = "Tang 5GB data";
        PromotionKind kind = PromotionKind.PROMOTION;
        LocalDate startsOn = TODAY.minusDays(10);
        LocalDate endsOn = TODAY.plusDays(20);
        long valueVnd = 50_000;
        String group;
        Set<PaymentType> paymentTypes = Set.of(PaymentType.PREPAID, PaymentType.POSTPAID);
        Long arpuMin;
        Long arpuMax;
        Set<String> packages = Set.of();
        Set<String> services = Set.of("DATA");
        boolean onNetCalls;
        boolean referenceOnly;
        boolean goldenDaysTopUp;

        Entry(String code) {
            this.code = code;
        }

        public Entry value(long vnd) {
            valueVnd = vnd;
            return this;
        }

        public Entry group(String g) {
            group = g;
            return this;
        }

        public Entry period(LocalDate from, LocalDate to) {
            startsOn = from;
            endsOn = to;
            return this;
        }

        public Entry kind(PromotionKind k) {
            kind = k;
            return this;
        }

        public Entry paymentTypes(PaymentType... types) {
            paymentTypes = Set.of(types);
            return this;
        }

        public Entry arpu(Long min, Long max) {
            arpuMin = min;
            arpuMax = max;
            return this;
        }

        public Entry packages(String... p) {
            packages = Set.of(p);
            return this;
        }

        public Entry services(String... s) {
            services = Set.of(s);
            return this;
        }

        public Entry onNetCalls() {
            onNetCalls = true;
            return this;
        }

        public Entry referenceOnly() {
            referenceOnly = true;
            return this;
        }

        public Entry goldenDaysTopUp() {
            goldenDaysTopUp = true;
            return this;
        }

        public PromotionRequest request() {
            return new PromotionRequest(code, name, kind, startsOn, endsOn, "5GB data su dung trong 30 ngay",
                    "Dang ky goi bat ky trong thoi gian khuyen mai", valueVnd, group, paymentTypes, arpuMin, arpuMax, packages,
                    services, onNetCalls, referenceOnly, goldenDaysTopUp);
        }

        public PromotionView view() {
            PromotionRequest r = request();
            return new PromotionView(UUID.randomUUID(), upper(code), r.name(), kind, startsOn, endsOn, r.benefits(), r.conditions(),
                    valueVnd, group == null ? null : upper(group), paymentTypes.stream().sorted().toList(), arpuMin, arpuMax,
                    packages.stream().map(Promotions::upper).sorted().toList(), services.stream().map(Promotions::upper).sorted().toList(),
                    onNetCalls, referenceOnly, goldenDaysTopUp, Instant.EPOCH, "S001");
        }
    }

    private static String upper(String code) {
        return code.toUpperCase(Locale.ROOT);
    }
}
