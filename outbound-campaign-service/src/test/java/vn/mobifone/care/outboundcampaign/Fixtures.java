package vn.mobifone.care.outboundcampaign;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import vn.mobifone.care.contracts.events.SubscriberChanged;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.devstack.testing.KafkaProbe;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.platform.security.Roles;

/** The subscribers, campaigns and calls the tests talk about; each subscriber has a number of its own. */
public final class Fixtures {

    /** Wednesday 28 October 2026, 09:00 in Vietnam: inside every test campaign and its calling window. */
    public static final Instant CAMPAIGN_DAY = Instant.parse("2026-10-28T02:00:00Z");
    public static final Duration WAIT = Duration.ofSeconds(30);
    public static final String OWNER = "Nguyễn Văn An";
    public static final String OCCUPATION = "OFFICE_STAFF";
    public static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final AtomicInteger NEXT = new AtomicInteger(1_000_000);

    private Fixtures() {
    }

    public static RequestSpecification as(String role, String subject) {
        return given().header("Authorization", TestStack.bearer(role, subject)).contentType("application/json");
    }

    public static com.fasterxml.jackson.databind.JsonNode json(String value) {
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String nextMsisdn() {
        return "8490" + NEXT.incrementAndGet();
    }

    /** A subscriber that the high-ARPU campaign targets; change what a test is about. */
    public static Subscriber subscriber() {
        return new Subscriber(nextMsisdn());
    }

    public static final class Subscriber {
        public final String msisdn;
        public String status = "ACTIVE_2C";
        public String paymentType = "PREPAID";
        public long arpuVnd = 300_000;
        public int vlrDays = 7;
        public boolean sim4g = true;
        public double churnRisk = 0.1;
        public boolean mnpOut;
        public boolean joined2022;
        public String currentPackage;
        public long mainBalanceVnd = 200_000;
        public String kndlTier = "GOLD";
        public boolean appInstalled;
        public List<String> mvas = List.of();
        public String district = "Ninh Kiều";
        public String province = "Cần Thơ";
        public String ward = "An Hòa";
        public Instant occurredAt = Instant.parse("2026-10-01T00:00:00Z");

        Subscriber(String msisdn) {
            this.msisdn = msisdn;
        }

        public Subscriber arpu(long v) {
            arpuVnd = v;
            return this;
        }

        public Subscriber vlr(int v) {
            vlrDays = v;
            return this;
        }

        public Subscriber churn(double v) {
            churnRisk = v;
            return this;
        }

        public Subscriber in(String p) {
            province = p;
            return this;
        }

        public Subscriber with(java.util.function.Consumer<Subscriber> change) {
            change.accept(this);
            return this;
        }

        public SubscriberChanged event() {
            return new SubscriberChanged(UUID.randomUUID(), occurredAt, SubscriberChanged.VERSION, msisdn, paymentType, status, "NORMAL",
                    "SMARTPHONE", appInstalled, appInstalled ? java.time.LocalDate.of(2025, 1, 1) : null, arpuVnd, 1_500, kndlTier,
                    currentPackage, sim4g, vlrDays, province, district, "4", churnRisk, false, true, OWNER, ward, mainBalanceVnd,
                    "ACTIVE_2C".equals(status), "CCCD_NOT_UPDATED", kndlTier != null, joined2022, mvas, mnpOut, kndlTier,
                    new SubscriberChanged.Occupation(4, OCCUPATION), mnpOut);
        }
    }

    /** Publishes the subscribers on the topic, as the lookup service does, and waits until the projection holds them. */
    public static void project(Subscriber... subscribers) {
        List<SubscriberChanged> events = Arrays.stream(subscribers).map(Subscriber::event).toList();
        for (SubscriberChanged e : events) {
            send(e);
        }
        await().atMost(WAIT).until(() -> events.stream().allMatch(e -> projectedEventId(e.msisdn()).equals(e.eventId().toString())));
    }

    public static void send(SubscriberChanged e) {
        try {
            KafkaProbe.send(Topics.SUBSCRIBER_CHANGED, e.msisdn(), JSON.writeValueAsString(e));
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    public static String projectedEventId(String msisdn) {
        Object id = queryOne("SELECT event_id FROM subscriber WHERE msisdn = ?", msisdn);
        return id == null ? "" : id.toString();
    }

    /** A campaign for the high-ARPU care programme with the seed's rules, or with the rules given. */
    public static String campaign(Map<String, Object> targeting) {
        Map<String, Object> body = new HashMap<>(Map.of("type", "HIGH_ARPU_CARE", "name", "Chăm sóc KH cước cao đợt 2",
                "startsOn", "2026-10-01", "endsOn", "2026-12-31", "windowStart", "08:00", "windowEnd", "20:00"));
        if (targeting != null) {
            body.put("targeting", targeting);
        }
        return as(Roles.SUPERVISOR, "S001").body(body).post("/campaigns").then().statusCode(201).extract().path("id");
    }

    /** Seed 002's rules over one province that only the test's own subscribers live in. */
    public static Map<String, Object> inProvince(String province) {
        Map<String, Object> rules = new HashMap<>();
        rules.put("twoWayActive", true);
        rules.put("minVlrDaysLast7", 4);
        rules.put("minArpuVnd", 150_000);
        rules.put("provinces", List.of(province));
        rules.put("exclusionLists", List.of());
        rules.put("churnRiskThreshold", 0.7);
        return rules;
    }

    /** Runs the target generation and waits for it to finish; answers the run. */
    public static Map<String, Object> generate(String campaignId) {
        String run = as(Roles.SUPERVISOR, "S001").post("/campaigns/{id}/target-generations", campaignId).then().statusCode(202)
                .extract().path("id");
        await().atMost(WAIT).until(() -> !"RUNNING".equals(as(Roles.SUPERVISOR, "S001")
                .get("/campaigns/{id}/target-generations/{run}", campaignId, run).then().extract().path("state")));
        return as(Roles.SUPERVISOR, "S001").get("/campaigns/{id}/target-generations/{run}", campaignId, run).then().statusCode(200)
                .extract().jsonPath().getMap("");
    }

    public static List<String> leads(String campaignId) {
        List<String> out = new ArrayList<>();
        try (Connection c = TestStack.db(); PreparedStatement s = c.prepareStatement("SELECT msisdn FROM lead WHERE campaign_id = ?::uuid")) {
            s.setString(1, campaignId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    public static Object queryOne(String sql, Object... parameters) {
        try (Connection c = TestStack.db(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The next lead for the agent: its id, or null when none is due. */
    public static Long next(String campaignId, String agent) {
        var response = as(Roles.AGENT, agent).post("/campaigns/{id}/leads/next", campaignId).then().extract();
        if (response.statusCode() == 204) {
            return null;
        }
        if (response.statusCode() != 200) {
            throw new AssertionError("next lead answered " + response.statusCode() + ": " + response.asString());
        }
        return ((Number) response.path("id")).longValue();
    }

    public static String msisdnOf(long leadId) {
        return (String) queryOne("SELECT msisdn FROM lead WHERE id = ?", leadId);
    }
}
