package vn.mobifone.care.bench.campaign;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;

/**
 * A synthetic subscriber base, written straight into the projection (set-based, for targeting) or
 * as events on the topic (for the projection's loading): subscriber {@code i} is {@code 849}
 * followed by {@code i} in eight digits, and its fields are derived from a hash of {@code i}, so a
 * run is repeatable and roughly a third of the base passes seed 002's high-ARPU rules (2C active,
 * ARPU at least 150,000 VND, seen on 4 of the last 7 days). Both forms have the same mix of
 * values; they are not the same subscribers value for value (PostgreSQL's hash is not Java's).
 */
final class SyntheticBase {

    private static final String[] PROVINCES = {"Cần Thơ", "An Giang", "Kiên Giang", "Cà Mau", "Sóc Trăng", "Bạc Liêu", "Hậu Giang", "Vĩnh Long"};

    private SyntheticBase() {
    }

    static String msisdn(long i) {
        return "849" + String.format("%08d", i);
    }

    /** Replaces the projection with {@code size} subscribers, in one set-based statement, then analyses it. */
    static void fillProjection(Connection db, long size) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("TRUNCATE subscriber");
            s.execute("""
                    INSERT INTO subscriber (msisdn, owner_name, payment_type, status, two_way_active, device_type, app_installed, arpu_vnd,
                        loyalty_points, kndl_tier, kndl_member, current_package, main_balance_vnd, sim_4g, vlr_days_last7, province,
                        district, ward, churn_risk, premium, identity_state, joined_points_2022, mvas_unused_2m, mnp_out, event_version,
                        changed_at, event_id)
                    SELECT '849' || lpad(i::text, 8, '0'), 'Khách hàng ' || i, CASE WHEN h % 3 = 0 THEN 'POSTPAID' ELSE 'PREPAID' END,
                        CASE WHEN h % 10 < 8 THEN 'ACTIVE_2C' ELSE 'ONE_WAY_BLOCKED' END, h % 10 < 8, 'SMARTPHONE', h % 4 = 0,
                        (h % 600) * 1000, h % 20000, NULL, h % 5 = 0, NULL, (h % 300) * 1000, h % 3 <> 0, (h / 7) % 8,
                        (ARRAY['Cần Thơ','An Giang','Kiên Giang','Cà Mau','Sóc Trăng','Bạc Liêu','Hậu Giang','Vĩnh Long'])[1 + h % 8],
                        'Quận ' || (h % 12), 'Phường ' || (h % 20), (h % 100) / 100.0, h % 50 = 0, 'STANDARDISED', h % 7 = 0, '{}',
                        h % 200 = 0, 2, now(), gen_random_uuid()
                    FROM (SELECT i, abs(hashint4(i::int)::bigint) AS h FROM generate_series(1, ?) AS i) AS base
                    """.replace("?", Long.toString(size)));
            s.execute("VACUUM ANALYZE subscriber");
        }
    }

    /** Subscriber {@code i} as a version-2 {@code subscriber-changed} event, with the same mix as {@link #fillProjection}. */
    static String event(long i, Instant at) {
        long h = Math.abs((long) Integer.hashCode((int) (i * 0x9E3779B1L)));
        boolean twoWay = h % 10 < 8;
        return """
                {"eventId":"%s","occurredAt":"%s","version":2,"msisdn":"%s","paymentType":"%s","status":"%s","category":"INDIVIDUAL",\
                "deviceType":"SMARTPHONE","appInstalled":%b,"appInstalledOn":null,"arpuVnd":%d,"loyaltyPoints":%d,"loyaltyTier":null,\
                "currentPackage":null,"sim4g":%b,"vlrDaysLast7":%d,"province":"%s","district":"Quận %d","occupationCode":null,\
                "churnRisk":%s,"premium":%b,"decree49Complete":true,"ownerName":"Khách hàng %d","ward":"Phường %d","mainBalanceVnd":%d,\
                "twoWayActive":%b,"identityState":"STANDARDISED","kndlMember":%b,"joinedPointsProgramme2022":%b,"mvasUnusedTwoMonths":[],\
                "mnpOut":%b}""".formatted(UUID.randomUUID(), at, msisdn(i), h % 3 == 0 ? "POSTPAID" : "PREPAID",
                twoWay ? "ACTIVE_2C" : "ONE_WAY_BLOCKED", h % 4 == 0, (h % 600) * 1000, h % 20000, h % 3 != 0, (h / 7) % 8,
                PROVINCES[(int) (h % 8)], h % 12, Double.toString((h % 100) / 100.0), h % 50 == 0, i, h % 20, (h % 300) * 1000,
                twoWay, h % 5 == 0, h % 7 == 0, h % 200 == 0);
    }
}
