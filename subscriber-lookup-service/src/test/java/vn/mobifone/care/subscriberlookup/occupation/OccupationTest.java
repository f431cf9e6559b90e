package vn.mobifone.care.subscriberlookup.occupation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static vn.mobifone.care.subscriberlookup.Api.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.mobifone.care.contracts.events.SubscriberChanged;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.devstack.testing.KafkaProbe;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.time.CareClock;
import vn.mobifone.care.subscriberlookup.Subscribers;
import vn.mobifone.care.subscriberlookup.importing.SubscriberRecord;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberCategory;

@QuarkusTest
class OccupationTest {

    private static final String TEACHER = "{\"code\":10,\"lostPhoneCall\":false}";

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
            assertThat(event.occupationCode()).isEqualTo("10");
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
        as(Roles.AGENT, "A001").contentType("application/json").body("{\"code\":10,\"lostPhoneCall\":true}")
                .put("/subscribers/{msisdn}/occupation", s.msisdn()).then()
                .statusCode(422).body("reason", equalTo("lost-phone-call"));
    }

    @ParameterizedTest
    @CsvSource({ "6,59,59,422", "7,0,0,200", "21,59,58,200", "22,0,0,422" })
    void theCallWindowRunsFromSevenToTwentyTwoVietnamTime(int hour, int minute, int second, int status) {
        SubscriberRecord s = Subscribers.complete();
        Subscribers.save(s);
        at(hour, minute, second);
        as(Roles.AGENT, "A001").contentType("application/json").body(TEACHER)
                .put("/subscribers/{msisdn}/occupation", s.msisdn()).then()
                .statusCode(status);
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
}
