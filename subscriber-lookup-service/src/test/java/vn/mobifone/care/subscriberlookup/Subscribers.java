package vn.mobifone.care.subscriberlookup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.subscriberlookup.importing.SubscriberCsv;
import vn.mobifone.care.subscriberlookup.importing.SubscriberRecord;
import vn.mobifone.care.subscriberlookup.importing.SyntheticBase;
import vn.mobifone.care.subscriberlookup.subscriber.DeviceType;
import vn.mobifone.care.subscriberlookup.subscriber.PaymentType;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberCategory;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberStatus;
import vn.mobifone.care.subscriberlookup.vip.InternalVip;

/** The subscribers the tests talk about, each with a number of its own. */
public final class Subscribers {

    public static final String ID_DOCUMENT = "079123456789";
    public static final String OWNER = "Trần Thị Mai";
    public static final LocalDate INSTALLED_ON = LocalDate.of(2025, 3, 8);
    private static final AtomicInteger NEXT = new AtomicInteger(7_000_000);

    private Subscribers() {
    }

    public static SubscriberRecord complete() {
        return subscriber(nextMsisdn(), OWNER, SubscriberCategory.NORMAL, DeviceType.SMARTPHONE, INSTALLED_ON, "KHÔNG CK", "", true, true);
    }

    public static SubscriberRecord smartphoneWithoutApp() {
        return subscriber(nextMsisdn(), OWNER, SubscriberCategory.NORMAL, DeviceType.SMARTPHONE, null, "KHÔNG CK", "", true, true);
    }

    public static SubscriberRecord incompleteGoldenNumber() {
        return subscriber(nextMsisdn(), OWNER, SubscriberCategory.NORMAL, DeviceType.SMARTPHONE, null, "CK 24 tháng", "", false, true);
    }

    public static SubscriberRecord incompleteSmartphone() {
        return subscriber(nextMsisdn(), OWNER, SubscriberCategory.NORMAL, DeviceType.SMARTPHONE, null, "KHÔNG CK", "", false, true);
    }

    public static SubscriberRecord incompleteFeaturePhone() {
        return subscriber(nextMsisdn(), OWNER, SubscriberCategory.NORMAL, DeviceType.FEATURE_PHONE, null, "KHÔNG CK", "", true, false);
    }

    public static SubscriberRecord internalVip() {
        return subscriber(nextMsisdn(), InternalVip.SUBSCRIPTION_NAME_PREFIX + " Lê Văn Nam - Giám đốc", SubscriberCategory.BUSINESS,
                DeviceType.SMARTPHONE, INSTALLED_ON, "KHÔNG CK", "", true, true);
    }

    public static SubscriberRecord ofCategory(SubscriberCategory category) {
        return subscriber(nextMsisdn(), OWNER, category, DeviceType.SMARTPHONE, null, "KHÔNG CK", "", true, true);
    }

    /** A number ported in from another network: it keeps its original prefix. */
    public static SubscriberRecord portedIn() {
        return subscriber("8498" + NEXT.incrementAndGet(), OWNER, SubscriberCategory.NORMAL, DeviceType.FEATURE_PHONE, null, "KHÔNG CK", "", true, true);
    }

    /** A MobiFone number that billing marks as ported out (MNP out): it keeps MobiFone's prefix. */
    public static SubscriberRecord portedOut() {
        SubscriberRecord r = complete();
        return new SubscriberRecord(r.msisdn(), r.ownerName(), r.paymentType(), r.status(), r.category(), r.deviceType(), r.appInstalledOn(),
                r.arpuVnd(), r.loyaltyPoints(), r.kndlTier(), r.currentPackage(), r.mainBalanceVnd(), r.sim4g(), r.vlrDaysLast7(), r.province(),
                r.district(), r.ward(), r.occupationCode(), r.churnRisk(), r.commitmentType(), r.company(), r.premium(), r.idDocumentNumber(),
                r.hasPortrait(), r.hasIdFront(), r.hasIdBack(), r.idNameMatchesOwner(), false, "", true);
    }

    /** A complete subscriber on an 070 number (an old 0120 one), for the 11-digit conversion. */
    public static SubscriberRecord completeOn070() {
        return subscriber("847099" + String.format("%05d", NEXT.incrementAndGet() % 100_000), OWNER, SubscriberCategory.NORMAL,
                DeviceType.SMARTPHONE, INSTALLED_ON, "KHÔNG CK", "", true, true);
    }

    /** A smartphone without the app whose billing text fields are as given (Unicode forms, spacing); incomplete: no portrait. */
    public static SubscriberRecord billedAs(String ownerName, String commitmentType, String company, boolean decree49Complete) {
        return subscriber(nextMsisdn(), ownerName, SubscriberCategory.NORMAL, DeviceType.SMARTPHONE, null, commitmentType, company,
                decree49Complete, true);
    }

    /** Imports the subscribers through the billing import, as production receives them. */
    public static void save(SubscriberRecord... subscribers) {
        given().header("Authorization", TestStack.bearer(Roles.ADMIN, "billing-test"))
                .contentType("text/csv; charset=UTF-8")
                .body(csv(subscribers))
                .post("/subscriber-imports")
                .then().statusCode(200).body("imported", equalTo(subscribers.length));
    }

    public static String csv(SubscriberRecord... subscribers) {
        return SubscriberCsv.HEADER + "\n" + Arrays.stream(subscribers).map(SubscriberCsv::format).collect(Collectors.joining("\n")) + "\n";
    }

    /** MobiFone numbers from an index range that the synthetic bases of the tests never reach. */
    public static String nextMsisdn() {
        String msisdn;
        do {
            msisdn = SyntheticBase.msisdn(NEXT.incrementAndGet());
        } while (!new Msisdn(msisdn).isMobiFone());
        return msisdn;
    }

    private static SubscriberRecord subscriber(String msisdn, String owner, SubscriberCategory category, DeviceType device,
            LocalDate installedOn, String commitmentType, String company, boolean portrait, boolean idBack) {
        return new SubscriberRecord(msisdn, owner, PaymentType.PREPAID, SubscriberStatus.ACTIVE_2C, category, device, installedOn,
                250_000, 1_200, "GOLD", "C90N", 45_000, true, 7, "Hồ Chí Minh", "Quận 1", "Phường Bến Nghé", 4, 0.12,
                commitmentType, company, false, ID_DOCUMENT, portrait, true, idBack, true);
    }
}
