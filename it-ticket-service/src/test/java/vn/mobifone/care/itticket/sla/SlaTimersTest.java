package vn.mobifone.care.itticket.sla;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.mobifone.care.itticket.Tickets.TICK;
import static vn.mobifone.care.itticket.Tickets.act;
import static vn.mobifone.care.itticket.Tickets.classify;
import static vn.mobifone.care.itticket.Tickets.clock;
import static vn.mobifone.care.itticket.Tickets.instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.devstack.testing.KafkaProbe;
import vn.mobifone.care.itticket.Tickets;
import vn.mobifone.care.itticket.ticket.RequestType;
import vn.mobifone.care.itticket.ticket.TicketAction;
import vn.mobifone.care.platform.time.CareClock;

@QuarkusTest
class SlaTimersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CareClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @ParameterizedTest(name = "{0}: {1} h at the regional company, {2} h at the IT centre, {3} h in total")
    @CsvSource({
            "QUESTION, 4, 0, 4",
            "ACTIVATION, 4, 0, 4",
            "CONFIGURATION_CHANGE, 4, 0, 4",
            "USAGE_LOOKUP, 4, 0, 4",
            "INSTALLATION_HELP, 4, 0, 4",
            "IN_DEPTH_USAGE_HELP, 4, 0, 4",
            "OTHER_TECHNICAL_HELP, 4, 0, 4",
            "INCIDENT_FIX, 4, 44, 48",
            "INTEGRATION, 4, 44, 48",
            "OTHER, 4, 44, 48"})
    void eachRowOfTheSeedTable(RequestType type, long regional, long itCentre, long total) {
        JsonPath ticket = Tickets.get(Tickets.receive(Tickets.of(type)));
        Instant received = instant(ticket.get("receivedAt"));
        assertThat(clock(ticket, "regional-company")).containsEntry("budgetSeconds", (int) Duration.ofHours(regional).toSeconds());
        assertThat(instant(clock(ticket, "regional-company").get("dueAt"))).isEqualTo(received.plus(Duration.ofHours(regional)));
        assertThat(instant(clock(ticket, "total").get("dueAt"))).isEqualTo(received.plus(Duration.ofHours(total)));
        if (itCentre == 0) {
            assertThat(clock(ticket, "it-centre")).isNull();
        } else {
            assertThat(clock(ticket, "it-centre")).containsEntry("budgetSeconds", (int) Duration.ofHours(itCentre).toSeconds());
        }
    }

    @ParameterizedTest(name = "{0} is a level-2 request for the product room")
    @CsvSource({"USAGE_LOOKUP", "INSTALLATION_HELP", "IN_DEPTH_USAGE_HELP", "OTHER_TECHNICAL_HELP"})
    void theSeedsOtherLevelTwoRequestsAreAnsweredByTheProductRoomWithinFourHours(RequestType type) {
        String id = Tickets.classified(type);
        JsonPath ticket = Tickets.get(id);
        assertThat(ticket.getInt("level")).isEqualTo(2);
        act(id, TicketAction.ESCALATE, null).statusCode(200).body("tier", equalTo("PRODUCT_ROOM"));
        act(id, TicketAction.ESCALATE, null).statusCode(422).body("reason", equalTo("handled-by-product-room"));
        act(id, TicketAction.RESOLVE, "Explained at the customer's site").statusCode(200).body("state", equalTo("RESOLVED"));
    }

    @Test
    void theItCentreGetsItsFortyFourHoursFromWhenItReceivesTheTicket() {
        String id = Tickets.classified(RequestType.INCIDENT_FIX);
        act(id, TicketAction.ESCALATE, null).statusCode(200);
        clock.advance(Duration.ofHours(3));
        JsonPath ticket = act(id, TicketAction.ESCALATE, null).statusCode(200).extract().jsonPath();
        Instant escalated = clock.instant();
        assertThat(instant(clock(ticket, "it-centre").get("dueAt"))).isCloseTo(escalated.plus(Duration.ofHours(44)), within());
        assertThat(((Number) clock(ticket, "regional-company").get("elapsedSeconds")).longValue())
                .isBetween(Duration.ofHours(3).toSeconds(), Duration.ofHours(3).plus(TICK).toSeconds());
    }

    @Test
    void waitingForTheCustomerPausesTheClocksAndMovesTheDueTimes() {
        String id = Tickets.classified(RequestType.ACTIVATION);
        Instant received = instant(Tickets.get(id).get("receivedAt"));
        act(id, TicketAction.ESCALATE, null).statusCode(200);
        clock.advance(Duration.ofHours(1));
        JsonPath paused = act(id, TicketAction.WAIT_FOR_CUSTOMER, "asked for the tax code").statusCode(200).extract().jsonPath();
        assertThat(clock(paused, "total")).containsEntry("status", "PAUSED").containsEntry("paused", true).containsEntry("dueAt", null);
        assertThat(Tickets.listed(Tickets.ops(), "/tickets", "sla=paused", id)).hasSize(1);

        clock.advance(Duration.ofHours(10));
        JsonPath resumed = act(id, TicketAction.CUSTOMER_REPLIED, "tax code received").statusCode(200).extract().jsonPath();
        Instant expectedDue = received.plus(Duration.ofHours(4 + 10));
        assertThat(instant(clock(resumed, "total").get("dueAt"))).isCloseTo(expectedDue, within());
        assertThat(instant(clock(resumed, "regional-company").get("dueAt"))).isCloseTo(expectedDue, within());
        assertThat(((Number) clock(resumed, "total").get("remainingSeconds")).longValue())
                .isBetween(Duration.ofHours(3).minus(TICK).toSeconds(), Duration.ofHours(3).toSeconds());
    }

    @Test
    void reclassificationKeepsTheElapsedTimeAndAppliesTheNewBudget() {
        String id = Tickets.classified(RequestType.QUESTION);
        Instant received = instant(Tickets.get(id).get("receivedAt"));
        clock.advance(Duration.ofHours(3));
        classify(id, Map.of("requestType", "INCIDENT_FIX")).statusCode(400);
        JsonPath ticket = classify(id, Map.of("requestType", "INCIDENT_FIX", "reason", "an outage, not a question"))
                .statusCode(200).body("level", equalTo(3)).body("requestType", equalTo("INCIDENT_FIX")).extract().jsonPath();
        assertThat(((Number) clock(ticket, "total").get("elapsedSeconds")).longValue())
                .isBetween(Duration.ofHours(3).toSeconds(), Duration.ofHours(3).plus(TICK).toSeconds());
        assertThat(instant(clock(ticket, "total").get("dueAt"))).isCloseTo(received.plus(Duration.ofHours(48)), within());
        assertThat(clock(ticket, "it-centre")).containsEntry("status", "NOT_STARTED");
        classify(id, Map.of("requestType", "INCIDENT_FIX", "reason", "again")).statusCode(409);
    }

    @Test
    void aReclassificationWhileWaitingForTheCustomerLosesNoPauseTime() {
        String id = Tickets.classified(RequestType.CONFIGURATION_CHANGE);
        act(id, TicketAction.ESCALATE, null).statusCode(200);
        clock.advance(Duration.ofHours(1));
        act(id, TicketAction.WAIT_FOR_CUSTOMER, "waiting for the customer's VPN details").statusCode(200);
        clock.advance(Duration.ofHours(20));
        JsonPath reclassified = classify(id, Map.of("requestType", "OTHER", "reason", "needs the IT centre")).statusCode(200)
                .body("state", equalTo("WAITING_FOR_CUSTOMER")).extract().jsonPath();
        assertThat(clock(reclassified, "total")).containsEntry("status", "PAUSED");
        assertThat(((Number) clock(reclassified, "total").get("elapsedSeconds")).longValue())
                .isBetween(Duration.ofHours(1).toSeconds(), Duration.ofHours(1).plus(TICK).toSeconds());
        clock.advance(Duration.ofHours(5));
        JsonPath resumed = act(id, TicketAction.CUSTOMER_REPLIED, null).statusCode(200).extract().jsonPath();
        assertThat(instant(clock(resumed, "total").get("dueAt"))).isCloseTo(clock.instant().plus(Duration.ofHours(47)), within());
    }

    @Test
    void warningsAndBreachesArePublishedWithinASecondOfTheDueMomentExactlyOnce() throws Exception {
        try (KafkaProbe probe = KafkaProbe.watch(Topics.TICKET_SLA_WARNING, Topics.TICKET_SLA_BREACHED)) {
            String id = Tickets.classified(RequestType.CONFIGURATION_CHANGE);
            Instant due = instant(clock(Tickets.get(id), "total").get("dueAt"));
            clock.setTo(due.minusMillis(300));

            List<ConsumerRecord<String, String>> breaches = probe.awaitRecords(
                    r -> id.equals(r.key()) && r.topic().equals(Topics.TICKET_SLA_BREACHED), 2, Duration.ofSeconds(10));
            for (ConsumerRecord<String, String> breach : breaches) {
                JsonNode event = JSON.readTree(breach.value());
                assertThat(Instant.parse(event.get("dueAt").asText())).isEqualTo(due);
                assertThat(Duration.between(due, Instant.parse(event.get("occurredAt").asText())))
                        .isBetween(Duration.ZERO, Duration.ofSeconds(1));
                assertThat(event.get("level").asInt()).isEqualTo(2);
            }
            List<ConsumerRecord<String, String>> all = probe.drain(Duration.ofMillis(1500)).stream()
                    .filter(r -> id.equals(r.key())).toList();
            assertThat(all).extracting(r -> r.topic() + "/" + JSON.readTree(r.value()).get("stage").asText())
                    .containsExactlyInAnyOrder(
                            Topics.TICKET_SLA_WARNING + "/regional-company", Topics.TICKET_SLA_WARNING + "/total",
                            Topics.TICKET_SLA_BREACHED + "/regional-company", Topics.TICKET_SLA_BREACHED + "/total");
        }
    }

    @Test
    void theWarningComesAtSeventyFivePercent() throws Exception {
        try (KafkaProbe probe = KafkaProbe.watch(Topics.TICKET_SLA_WARNING)) {
            String id = Tickets.classified(RequestType.ACTIVATION);
            clock.advance(Duration.ofMinutes(175));
            assertThat(probe.drain(Duration.ofMillis(800)).stream().filter(r -> id.equals(r.key()))).isEmpty();
            clock.advance(Duration.ofMinutes(6));
            JsonNode warning = JSON.readTree(probe.awaitRecord(r -> id.equals(r.key()), Duration.ofSeconds(5)).value());
            assertThat(warning.get("thresholdPercent").asInt()).isEqualTo(75);
            assertThat(Tickets.listed(Tickets.ops(), "/tickets", "sla=at-risk", id)).hasSize(1);
        }
    }

    @Test
    void aHolidayOnAnOfficeHoursCalendarDoesNotCount() {
        revise(RequestType.CONFIGURATION_CHANGE, "office-hours");
        try {
            given().header("Authorization", Tickets.admin()).contentType(ContentType.JSON)
                    .body(Map.of("day", "2026-09-03", "name", "Bridge day")).post("/sla/calendars/office-hours/holidays")
                    .then().statusCode(201);
            given().header("Authorization", Tickets.admin()).contentType(ContentType.JSON)
                    .body(Map.of("day", "2026-09-03", "name", "Bridge day")).post("/sla/calendars/office-hours/holidays")
                    .then().statusCode(409);
            // Monday 31 August 16:00: 1 h that day; 1-2 September (National Day) and 3 September are holidays; 3 h on Friday.
            clock.setTo(hanoi(2026, 8, 31, 16, 0));
            JsonPath ticket = Tickets.get(Tickets.receive(Tickets.of(RequestType.CONFIGURATION_CHANGE)));
            assertThat(instant(clock(ticket, "total").get("dueAt"))).isCloseTo(hanoi(2026, 9, 4, 11, 0), within());
        } finally {
            revise(RequestType.CONFIGURATION_CHANGE, "24x7");
        }
    }

    @Test
    void pastFortyEightHoursTheItCentreOwesProgressUntilItPostsIt() {
        String id = Tickets.classified(RequestType.INCIDENT_FIX);
        act(id, TicketAction.ESCALATE, null).statusCode(200);
        act(id, TicketAction.ESCALATE, null).statusCode(200);
        clock.advance(Duration.ofHours(47));
        assertThat(owed(id)).isEmpty();
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        awaitBreached(id);
        assertThat(owed(id)).hasSize(1);
        assertThat(Tickets.get(id).getBoolean("progressUpdateOwed")).isTrue();

        Instant promise = clock.instant().plus(Duration.ofHours(8));
        given().header("Authorization", Tickets.ops()).contentType(ContentType.JSON)
                .body(Map.of("note", "Vendor patch in test", "expectedResolutionAt", promise.toString()))
                .post("/tickets/{id}/progress", id).then().statusCode(200)
                .body("progress.expectedResolutionAt", equalTo(promise.toString())).body("progressUpdateOwed", equalTo(false));
        assertThat(owed(id)).isEmpty();
        clock.advance(Duration.ofHours(9));
        assertThat(owed(id)).hasSize(1);
    }

    @Test
    void aLevelTwoRequestPastItsFourHoursOwesNoProgressUpdate() {
        String id = Tickets.classified(RequestType.ACTIVATION);
        act(id, TicketAction.ESCALATE, null).statusCode(200);
        clock.advance(Duration.ofHours(4).plusSeconds(1));
        awaitBreached(id);
        assertThat(owed(id)).isEmpty();
        assertThat(Tickets.get(id).getBoolean("progressUpdateOwed")).isFalse();
    }

    @Test
    void reclassificationsKeepEverySubSecondOfTheTimeSpent() {
        String id = Tickets.classified(RequestType.INCIDENT_FIX);
        Instant due = instant(clock(Tickets.get(id), "total").get("dueAt"));
        for (int level : new int[] {4, 3, 4, 3, 4}) {
            clock.advance(Duration.ofMinutes(10).plusMillis(500));
            classify(id, Map.of("level", level, "reason", "partner involvement re-assessed")).statusCode(200);
        }
        assertThat(instant(clock(Tickets.get(id), "total").get("dueAt")))
                .isCloseTo(due, org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
    }

    @Test
    void aReopenedTicketRunsTheItCentreClockAgainFromWhereItStopped() {
        String id = Tickets.classified(RequestType.INCIDENT_FIX);
        act(id, TicketAction.ESCALATE, null).statusCode(200);
        act(id, TicketAction.ESCALATE, null).statusCode(200).body("tier", equalTo("IT_CENTRE"));
        clock.advance(Duration.ofHours(10));
        act(id, TicketAction.RESOLVE, "Certificate renewed").statusCode(200);
        act(id, TicketAction.ANSWER_CUSTOMER, "Told the customer").statusCode(200);
        clock.advance(Duration.ofHours(5));
        JsonPath reopened = act(id, TicketAction.REOPEN, "Invoices still rejected").statusCode(200)
                .body("tier", equalTo("IT_CENTRE")).extract().jsonPath();
        assertThat(clock(reopened, "it-centre")).containsEntry("status", "RUNNING")
                .containsEntry("budgetSeconds", (int) Duration.ofHours(44).toSeconds());
        assertThat(((Number) clock(reopened, "it-centre").get("elapsedSeconds")).longValue())
                .isBetween(Duration.ofHours(10).toSeconds(), Duration.ofHours(10).plus(TICK).toSeconds());
        assertThat(instant(clock(reopened, "it-centre").get("dueAt"))).isCloseTo(clock.instant().plus(Duration.ofHours(34)), within());
    }

    private static List<Map<String, Object>> owed(String id) {
        return Tickets.listed(Tickets.agent(), "/tickets/progress-owed", "", id);
    }

    private static void awaitBreached(String id) {
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> Boolean.TRUE.equals(clock(Tickets.get(id), "total").get("breached")));
    }

    private static void revise(RequestType type, String calendar) {
        given().header("Authorization", Tickets.admin()).contentType(ContentType.JSON)
                .body(Map.of("regionalBudgetMinutes", 240, "itCentreBudgetMinutes", 0, "totalBudgetMinutes", 240,
                        "warningPercent", 75, "calendar", calendar))
                .put("/sla/policies/{type}", type).then().statusCode(200).body("calendar", equalTo(calendar));
    }

    private static Instant hanoi(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(CareClock.ZONE).toInstant();
    }

    private static org.assertj.core.data.TemporalUnitOffset within() {
        return org.assertj.core.api.Assertions.within(TICK.toMillis(), java.time.temporal.ChronoUnit.MILLIS);
    }
}
