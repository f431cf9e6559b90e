package vn.mobifone.care.subscriberlookup.occupation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static vn.mobifone.care.subscriberlookup.Api.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.mobifone.care.contracts.events.SubscriberChanged;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.devstack.testing.KafkaProbe;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.time.CareClock;
import vn.mobifone.care.subscriberlookup.Subscribers;
import vn.mobifone.care.subscriberlookup.importing.SubscriberRecord;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberCategory;

@QuarkusTest
class OccupationTest {

    /** Teaching (10), on call "call-o1" that started at 10:00 Vietnam time, the clock's default moment in these tests. */
    private static final String TEACHER = teacher("call-o1", "10:00:00");

    @Inject
    CareClock clock;
    @Inject
    ObjectMapper json;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theCatalogueHasEighteenCodes() {
        as(Roles.AGENT, "A001").get("/occupations").then()
                .statusCode(200)
                .body("", hasSize(18))
                .body("[0].code", equalTo(1))
                .body("[17].name", equalTo("OTHER"));
    }

    @Test
    void anUpdateDuringTheDayIsStoredAndPublished() throws Exception {
        SubscriberRecord s = Subscribers.complete();
        Subscribers.save(s);
        at(10, 0, 0);
        try (KafkaProbe probe = KafkaProbe.watch(Topics.SUBSCRIBER_CHANGED)) {
            as(Roles.AGENT, "A001").contentType("application/json").body(TEACHER)
                    .put("/subscribers/{msisdn}/occupation", "0" + s.msisdn().substring(2)).then()
                    .statusCode(200)
                    .body("occupation.code", equalTo(10))
                    .body("occupation.name", equalTo("TEACHING"))
                    .body("changed", equalTo(true));
            ConsumerRecord<String, String> record = probe.awaitRecord(r -> r.key().equals(s.msisdn()) && r.value().contains("\"occupationCode\":\"10\""),
                    Duration.ofSeconds(20));
            SubscriberChanged event = json.readValue(record.value(), SubscriberChanged.class);
            assertThat(event.occupationCode()).as("the version-2 spelling, still written").isEqualTo("10");
            assertThat(event.version()).isEqualTo(3);
            assertThat(event.occupation()).as("the REST spelling, from version 3").isEqualTo(new SubscriberChanged.Occupation(10, "TEACHING"));
            assertThat(event.kndlTier()).isEqualTo(event.loyaltyTier());
            assertThat(event.portedOut()).isEqualTo(event.mnpOut());
            assertThat(event.decree49Complete()).isTrue();
        }
        as(Roles.AGENT, "A001").queryParam("callId", "c").get("/subscribers/{msisdn}", s.msisdn()).then()
                .body("profile.occupation.code", equalTo(10));
    }

    @ParameterizedTest
    @CsvSource({ "OFFICIAL,official-subscriber", "BUSINESS,business-subscriber", "TEST_SIM,test-sim" })
    void operatorLinesAndTestSimsAreRefused(SubscriberCategory category, String reason) {
        SubscriberRecord s = Subscribers.ofCategory(category);
        Subscribers.save(s);
        at(10, 0, 0);
        as(Roles.AGENT, "A001").contentType("application/json").body(TEACHER)
                .put("/subscribers/{msisdn}/occupation", s.msisdn()).then()
                .statusCode(422).contentType("application/problem+json").body("reason", equalTo(reason));
    }

    @Test
    void aLostPhoneCallIsRefused() {
        SubscriberRecord s = Subscribers.complete();
        Subscribers.save(s);
        at(10, 0, 0);
        as(Roles.AGENT, "A001").contentType("application/json").body(TEACHER.replace("\"lostPhoneCall\":false", "\"lostPhoneCall\":true"))
                .put("/subscribers/{msisdn}/occupation", s.msisdn()).then()
                .statusCode(422).body("reason", equalTo("lost-phone-call"));
    }

    /** The seed's window is on calls: the call's start counts, not the moment of the save. */
    @ParameterizedTest(name = "call started {0}, saved {1} -> {2}")
    @CsvSource({ "06:59:59,07:00:10,422", "07:00:00,07:00:00,200", "21:59:00,22:01:00,200", "21:59:58,21:59:59,200",
            "22:00:00,22:00:05,422" })
    void theWindowIsJudgedOnTheCallsStartFromSevenToTwentyTwoVietnamTime(String started, String saved, int status) {
        SubscriberRecord s = Subscribers.complete();
        Subscribers.save(s);
        at(saved);
        as(Roles.AGENT, "A001").contentType("application/json").body(teacher("call-w", started))
                .put("/subscribers/{msisdn}/occupation", s.msisdn()).then()
                .statusCode(status);
    }

    @Test
    void aCallThatStartedAfterTwentyTwoIsOutside() {
        SubscriberRecord s = Subscribers.complete();
        Subscribers.save(s);
        at("22:01:00");
        as(Roles.AGENT, "A001").contentType("application/json").body(teacher("call-late", "22:00:30"))
                .put("/subscribers/{msisdn}/occupation", s.msisdn()).then()
                .statusCode(422).body("reason", equalTo("outside-call-window"));
    }

    @Test
    void aChangeWithoutItsCallIsRefused() throws SQLException {
        SubscriberRecord s = Subscribers.complete();
        Subscribers.save(s);
        at("10:00:00");
        as(Roles.AGENT, "A001").contentType("application/json").body("{\"code\":10,\"lostPhoneCall\":false}")
                .put("/subscribers/{msisdn}/occupation", s.msisdn()).then()
                .statusCode(422).contentType("application/problem+json").body("reason", equalTo("call-required"));
        as(Roles.AGENT, "A001").contentType("application/json").body("{\"code\":10,\"lostPhoneCall\":false,\"callId\":\"call-1\"}")
                .put("/subscribers/{msisdn}/occupation", s.msisdn()).then()
                .statusCode(422).body("reason", equalTo("call-required"));
        as(Roles.AGENT, "A001").contentType("application/json").body(teacher("call-1", "10:30:00"))
                .put("/subscribers/{msisdn}/occupation", s.msisdn()).then()
                .statusCode(422).body("reason", equalTo("call-start-implausible"));
        as(Roles.AGENT, "A001").contentType("application/json").body(teacher("not a call id!", "10:00:00"))
                .put("/subscribers/{msisdn}/occupation", s.msisdn()).then()
                .statusCode(400).body("violations.field", hasItem("callId"));
        assertThat(occupationChanges(s.msisdn())).isEmpty();
    }

    @Test
    void anIncompleteSubscribersOccupationNeedsTheDecree49AcknowledgementOfThatCall() throws Exception {
        SubscriberRecord s = Subscribers.incompleteSmartphone();
        Subscribers.save(s);
        at("10:05:00");
        String onCallD1 = teacher("call-d1", "10:00:00");
        put("A001", s, onCallD1).statusCode(409).contentType("application/problem+json")
                .body("reason", equalTo("decree49-acknowledgement-required"));

        acknowledge("A001", s, "call-d0");
        put("A001", s, onCallD1).statusCode(409).body("reason", equalTo("decree49-acknowledgement-required"));
        acknowledge("A002", s, "call-d1");
        put("A001", s, onCallD1).statusCode(409).body("reason", equalTo("decree49-acknowledgement-required"));
        assertThat(occupationChanges(s.msisdn())).isEmpty();

        acknowledge("A001", s, "call-d1");
        put("A001", s, onCallD1).statusCode(200).body("changed", equalTo(true));
        assertThat(occupationChanges(s.msisdn())).containsExactly("A001 agent call-d1 2026-03-12T03:00:00Z 4->10");
    }

    @Test
    void everyChangeIsAuditedWithWhoTheCallAndTheOldAndNewCode() throws Exception {
        SubscriberRecord s = Subscribers.complete();
        Subscribers.save(s);
        at("21:40:00");
        as(Roles.AGENT, "A007").contentType("application/json").body(teacher("call-a1", "21:30:00"))
                .put("/subscribers/{msisdn}/occupation", s.msisdn()).then().statusCode(200).body("changed", equalTo(true));
        as(Roles.AGENT, "A007").contentType("application/json").body(teacher("call-a1", "21:30:00"))
                .put("/subscribers/{msisdn}/occupation", s.msisdn()).then().statusCode(200).body("changed", equalTo(false));
        at("22:10:00");
        as(Roles.SUPERVISOR, "S001").contentType("application/json").body(teacher("call-a2", "21:58:00").replace("\"code\":10", "\"code\":17"))
                .put("/subscribers/{msisdn}/occupation", s.msisdn()).then().statusCode(200).body("changed", equalTo(true));
        assertThat(occupationChanges(s.msisdn())).containsExactly(
                "A007 agent call-a1 2026-03-12T14:30:00Z 4->10",
                "S001 supervisor call-a2 2026-03-12T14:58:00Z 10->17");
        try (Connection db = TestStack.db(); PreparedStatement delete = db.prepareStatement("DELETE FROM occupation_change WHERE msisdn = ?")) {
            delete.setString(1, s.msisdn());
            assertThatThrownBy(delete::executeUpdate).hasMessageContaining("append-only");
        }
    }

    @Test
    void aCodeOutsideTheCatalogueOrAMissingFlagIsA400() {
        SubscriberRecord s = Subscribers.complete();
        Subscribers.save(s);
        as(Roles.AGENT, "A001").contentType("application/json").body("{\"code\":19,\"lostPhoneCall\":false}")
                .put("/subscribers/{msisdn}/occupation", s.msisdn()).then()
                .statusCode(400).body("violations.field", hasItem("code"));
        as(Roles.AGENT, "A001").contentType("application/json").body("{\"code\":3}")
                .put("/subscribers/{msisdn}/occupation", s.msisdn()).then()
                .statusCode(400).body("violations.field", hasItem("lostPhoneCall"));
        as(Roles.INTEGRATION, "crm").contentType("application/json").body(TEACHER)
                .put("/subscribers/{msisdn}/occupation", s.msisdn()).then().statusCode(403);
    }

    private void at(int hour, int minute, int second) {
        clock.setTo(LocalDateTime.of(2026, 3, 12, hour, minute, second).atZone(CareClock.ZONE).toInstant());
    }

    private void at(String time) {
        clock.setTo(LocalDateTime.parse("2026-03-12T" + time).atZone(CareClock.ZONE).toInstant());
    }

    private static ValidatableResponse put(String agent, SubscriberRecord s, String body) {
        return as(Roles.AGENT, agent).contentType("application/json").body(body).put("/subscribers/{msisdn}/occupation", s.msisdn()).then();
    }

    private static void acknowledge(String agent, SubscriberRecord s, String callId) {
        as(Roles.AGENT, agent).contentType("application/json").body("{\"callId\":\"" + callId + "\"}")
                .post("/subscribers/{msisdn}/decree49-acknowledgements", s.msisdn()).then().statusCode(201);
    }

    /** Teaching (10) on the given call, which started at the given Vietnam time of the tests' day. */
    private static String teacher(String callId, String startedAt) {
        return "{\"code\":10,\"lostPhoneCall\":false,\"callId\":\"" + callId + "\",\"callStartedAt\":\"2026-03-12T" + startedAt + "+07:00\"}";
    }

    /** The audit lines of a number, oldest first: who, role, call, call start, old->new. */
    private static List<String> occupationChanges(String msisdn) throws SQLException {
        try (Connection db = TestStack.db(); PreparedStatement q = db.prepareStatement(
                "SELECT subject, role, call_id, call_started_at, old_code, new_code FROM occupation_change WHERE msisdn = ? ORDER BY id")) {
            q.setString(1, msisdn);
            ResultSet rs = q.executeQuery();
            List<String> lines = new ArrayList<>();
            while (rs.next()) {
                lines.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                        + rs.getObject(4, OffsetDateTime.class).toInstant() + " " + rs.getObject(5) + "->" + rs.getObject(6));
            }
            return lines;
        }
    }
}
