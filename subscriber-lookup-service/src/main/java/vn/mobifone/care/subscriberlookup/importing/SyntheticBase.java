package vn.mobifone.care.subscriberlookup.importing;

import java.io.Reader;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import vn.mobifone.care.subscriberlookup.subscriber.DeviceType;
import vn.mobifone.care.subscriberlookup.subscriber.PaymentType;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberCategory;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberStatus;
import vn.mobifone.care.subscriberlookup.vip.InternalVip;

/**
 * A made-up subscriber base with the shape of the real one, the same for the same seed: MobiFone
 * prefixes (about 1 % numbers ported in from other networks), about 70 % smartphones, ARPU
 * log-normal around 150k VND (mostly 50k-2M), a few % golden numbers and incomplete Decree-49
 * records, internal VIP business lines, every category and status. Subscriber {@code i} depends
 * only on the seed and {@code i}, so a base of any size can be produced as a stream.
 */
public final class SyntheticBase {

    private static final String[] MOBIFONE_PREFIXES = { "90", "93", "89", "70", "76", "77", "78", "79" };
    private static final String[] PORTED_IN_PREFIXES = { "98", "91", "86", "88" };
    /** Coprime with 10^7, so national numbers never repeat within a prefix. */
    private static final long SPREAD = 7_919L;
    private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương" };
    private static final String[] MIDDLE = { "Văn", "Thị", "Minh", "Thanh", "Ngọc", "Hữu", "Quốc", "Thu", "Đức", "Hoài" };
    private static final String[] GIVEN = { "An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hương", "Khoa", "Lan", "Linh", "Long",
            "Mai", "Nam", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Yến" };
    private static final String[] TITLES = { "Giám đốc", "Phó Giám đốc", "Trưởng phòng", "Phó Trưởng phòng" };
    private static final String[][] PLACES = {
            { "Hồ Chí Minh", "Quận 1", "Phường Bến Nghé" }, { "Hồ Chí Minh", "Quận 7", "Phường Tân Phong" },
            { "Hồ Chí Minh", "Thủ Đức", "Phường Linh Trung" }, { "Hà Nội", "Cầu Giấy", "Phường Dịch Vọng" },
            { "Hà Nội", "Hoàn Kiếm", "Phường Hàng Bạc" }, { "Đà Nẵng", "Hải Châu", "Phường Thạch Thang" },
            { "Cần Thơ", "Ninh Kiều", "Phường An Hòa" }, { "Đồng Nai", "Biên Hòa", "Phường Tân Phong" },
            { "Bình Dương", "Thủ Dầu Một", "Phường Phú Cường" }, { "Long An", "Tân An", "Phường 1" },
            { "Tiền Giang", "Mỹ Tho", "Phường 4" }, { "Khánh Hòa", "Nha Trang", "Phường Lộc Thọ" } };
    private static final String[] PACKAGES = { "C90N", "C120N", "ED60", "21G", "MAX90", "12C90N" };
    private static final String[] KNDL_TIERS = { "MEMBER", "SILVER", "GOLD", "TITAN", "DIAMOND" };
    private static final String[] COMMITMENTS = { "CK 12 tháng", "CK 24 tháng", "CK số đẹp 36 tháng" };

    private final long seed;
    private final LocalDate today;

    /** @param today the day the export is taken: install dates fall before it */
    public SyntheticBase(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
    }

    public Stream<SubscriberRecord> records(int size) {
        return IntStream.range(0, size).mapToObj(this::subscriber);
    }

    /** The base as the billing export's CSV, produced line by line while it is read. */
    public Reader csv(int size) {
        Iterator<String> lines = Stream.concat(Stream.of(SubscriberCsv.HEADER), records(size).map(SubscriberCsv::format)).iterator();
        return new LineReader(lines);
    }

    public SubscriberRecord subscriber(int index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        String msisdn = msisdn(index);
        SubscriberCategory category = pick(random, 0.96, SubscriberCategory.NORMAL, SubscriberCategory.OFFICIAL, SubscriberCategory.BUSINESS,
                SubscriberCategory.TEST_SIM);
        String person = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
        boolean leader = category == SubscriberCategory.BUSINESS && random.nextDouble() < 0.3;
        String owner = leader ? InternalVip.SUBSCRIPTION_NAME_PREFIX + " " + person + " - " + TITLES[random.nextInt(TITLES.length)] : person;
        DeviceType device = random.nextDouble() < 0.70 ? DeviceType.SMARTPHONE : DeviceType.FEATURE_PHONE;
        LocalDate installed = device == DeviceType.SMARTPHONE && random.nextDouble() < 0.45 ? today.minusDays(1 + random.nextInt(730)) : null;
        long arpu = Math.round(Math.min(5_000_000, Math.max(10_000, Math.exp(Math.log(150_000) + 0.9 * gaussian(random)))) / 1000.0) * 1000;
        boolean member = random.nextDouble() < 0.35;
        String[] place = PLACES[random.nextInt(PLACES.length)];
        double golden = random.nextDouble();
        String commitment = golden < 0.03 ? COMMITMENTS[random.nextInt(COMMITMENTS.length)] : "KHÔNG CK";
        String company = golden >= 0.03 && golden < 0.04 ? "Kho số TCT" : "";
        boolean incomplete = random.nextDouble() < 0.04;
        boolean cccd = random.nextDouble() < 0.8;
        String document = cccd ? String.format("%012d", random.nextLong(1_000_000_000_000L)) : String.format("%09d", random.nextLong(1_000_000_000L));
        int gap = incomplete ? random.nextInt(4) : -1;
        return new SubscriberRecord(msisdn, owner,
                random.nextDouble() < 0.85 ? PaymentType.PREPAID : PaymentType.POSTPAID,
                pick(random, 0.90, SubscriberStatus.ACTIVE_2C, SubscriberStatus.ONE_WAY_BLOCKED, SubscriberStatus.BLOCKED, SubscriberStatus.CANCELLED),
                category, device, installed, arpu,
                member ? 100 + random.nextInt(50_000) : random.nextInt(100),
                member ? KNDL_TIERS[random.nextInt(KNDL_TIERS.length)] : null,
                random.nextDouble() < 0.6 ? PACKAGES[random.nextInt(PACKAGES.length)] : null,
                random.nextInt(500_000), random.nextDouble() < 0.75,
                random.nextDouble() < 0.8 ? 7 : random.nextInt(7),
                place[0], place[1], place[2],
                random.nextDouble() < 0.4 ? null : 1 + random.nextInt(18),
                Math.round(Math.pow(random.nextDouble(), 3) * 1000) / 1000.0,
                commitment, company, arpu >= 1_000_000 && random.nextDouble() < 0.5,
                gap == 0 ? null : document, gap != 0, gap != 1, gap != 2, gap != 3);
    }

    /** The {@code index}-th number of the base: unique for any size up to 80 million. */
    public static String msisdn(int index) {
        String prefix;
        long sequence;
        if (index % 100 == 99) {
            prefix = PORTED_IN_PREFIXES[(index / 100) % PORTED_IN_PREFIXES.length];
            sequence = index / 100;
        } else {
            prefix = MOBIFONE_PREFIXES[index % MOBIFONE_PREFIXES.length];
            sequence = index / MOBIFONE_PREFIXES.length;
        }
        return "84" + prefix + String.format("%07d", (sequence * SPREAD + 1_234_567L) % 10_000_000L);
    }

    @SafeVarargs
    private static <E> E pick(SplittableRandom random, double firstShare, E first, E... others) {
        return random.nextDouble() < firstShare ? first : others[random.nextInt(others.length)];
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** Serves lines from an iterator as characters, so a large base never sits in memory. */
    private static final class LineReader extends Reader {

        private final Iterator<String> lines;
        private String current = "";
        private int position;

        LineReader(Iterator<String> lines) {
            this.lines = lines;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (position == current.length()) {
                if (!lines.hasNext()) {
                    return -1;
                }
                current = lines.next() + "\n";
                position = 0;
            }
            int n = Math.min(length, current.length() - position);
            current.getChars(position, position + n, buffer, offset);
            position += n;
            return n;
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
