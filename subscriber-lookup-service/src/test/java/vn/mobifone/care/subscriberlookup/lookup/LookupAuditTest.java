package vn.mobifone.care.subscriberlookup.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.mobifone.care.subscriberlookup.Api.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.time.CareClock;
import vn.mobifone.care.subscriberlookup.Subscribers;
import vn.mobifone.care.subscriberlookup.importing.SubscriberRecord;

/** The audit lines of lookups are group-committed, and no answer leaves before its own line is committed. */
@QuarkusTest
class LookupAuditTest {

    private static final int LOOKUPS = 200;
    private static final int AGENTS = 16;

    @Inject
    CareClock clock;

    @Inject
    MeterRegistry metrics;

    @Inject
    ObjectMapper json;

    @TestHTTPResource("/subscribers/")
    URI subscribers;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void concurrentLookupsAreAllAnsweredAndEachHasItsOwnAuditLine() throws Exception {
        SubscriberRecord complete = Subscribers.complete();
        SubscriberRecord incomplete = Subscribers.incompleteSmartphone();
        Subscribers.save(complete, incomplete);
        List<String> tokens = new ArrayList<>();
        for (int agent = 0; agent < AGENTS; agent++) {
            tokens.add(TestStack.bearer(Roles.AGENT, "GC" + agent));
        }
        double linesBefore = batchedLines();
        clock.setTo(Instant.parse("2026-03-09T01:30:00Z"));
        Instant from = clock.instant().truncatedTo(ChronoUnit.MICROS);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService agents = Executors.newFixedThreadPool(AGENTS);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < LOOKUPS; i++) {
            int lookup = i;
            String msisdn = withheld(lookup) ? incomplete.msisdn() : complete.msisdn();
            Callable<HttpResponse<String>> request = () -> http.send(HttpRequest.newBuilder(subscribers.resolve(msisdn + "?callId=gc-" + lookup))
                    .header("Authorization", tokens.get(lookup % AGENTS)).GET().build(), HttpResponse.BodyHandlers.ofString());
            answers.add(agents.submit(request));
        }
        for (int i = 0; i < LOOKUPS; i++) {
            HttpResponse<String> answer = answers.get(i).get(60, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).as("lookup %d", i).isEqualTo(200);
            assertThat(json.readTree(answer.body()).get("acknowledgementRequired").asBoolean()).isEqualTo(withheld(i));
        }
        agents.shutdown();
        Instant to = clock.instant();

        Map<String, AuditLine> lines = auditLinesOf(complete.msisdn(), incomplete.msisdn());
        assertThat(lines).hasSize(LOOKUPS);
        for (int i = 0; i < LOOKUPS; i++) {
            AuditLine line = lines.get("gc-" + i);
            assertThat(line).as("audit line of lookup %d", i).isNotNull();
            assertThat(line.subject()).isEqualTo("GC" + i % AGENTS);
            assertThat(line.role()).isEqualTo(Roles.AGENT);
            assertThat(line.msisdn()).isEqualTo(withheld(i) ? incomplete.msisdn() : complete.msisdn());
            assertThat(line.view()).isEqualTo(withheld(i) ? "DECREE49_WARNING" : "PROFILE");
            assertThat(line.accessedAt()).isBetween(from, to);
        }
        assertThat(batchedLines() - linesBefore).isEqualTo(LOOKUPS);
    }

    @Test
    void aLookupWhoseAuditLineCannotBeCommittedIsAProblemThatDisclosesNothing() throws SQLException {
        SubscriberRecord s = Subscribers.complete();
        Subscribers.save(s);
        try (Connection db = TestStack.db(); Statement lock = db.createStatement()) {
            db.setAutoCommit(false);
            // Readers pass, inserts wait: the audit line cannot be committed while this transaction lasts
            lock.execute("LOCK TABLE personal_data_access IN SHARE MODE");
            as(Roles.AGENT, "A001").queryParam("callId", "call-locked").get("/subscribers/{msisdn}", s.msisdn()).then()
                    .statusCode(500)
                    .contentType("application/problem+json")
                    .body("status", equalTo(500))
                    .body("profile", nullValue())
                    .body(not(containsString(Subscribers.OWNER)));
            db.rollback();
        }
        as(Roles.AGENT, "A001").queryParam("callId", "call-unlocked").get("/subscribers/{msisdn}", s.msisdn()).then()
                .statusCode(200).body("profile.ownerName", equalTo(Subscribers.OWNER));
    }

    @Test
    void aPoisonedLookupIsRefusedAloneAndEveryValidLookupBesideItIsAnsweredAndAuditedOnce() throws Exception {
        SubscriberRecord s = Subscribers.complete();
        Subscribers.save(s);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService agents = Executors.newFixedThreadPool(AGENTS);
        String token = TestStack.bearer(Roles.AGENT, "NUL1");
        try {
            for (int round = 0; round < 10; round++) {
                List<Future<HttpResponse<String>>> valid = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    URI uri = subscribers.resolve(s.msisdn() + "?callId=nul-" + round + "-" + i);
                    valid.add(agents.submit(() -> http.send(HttpRequest.newBuilder(uri).header("Authorization", token).GET().build(),
                            HttpResponse.BodyHandlers.ofString())));
                }
                URI poisoned = subscribers.resolve(s.msisdn() + "?purpose=a%00b");
                Future<HttpResponse<String>> refused = agents.submit(() -> http.send(
                        HttpRequest.newBuilder(poisoned).header("Authorization", token).GET().build(), HttpResponse.BodyHandlers.ofString()));
                for (int i = 0; i < valid.size(); i++) {
                    assertThat(valid.get(i).get(60, TimeUnit.SECONDS).statusCode()).as("round %d lookup %d", round, i).isEqualTo(200);
                }
                HttpResponse<String> answer = refused.get(60, TimeUnit.SECONDS);
                assertThat(answer.statusCode()).isEqualTo(400);
                assertThat(json.readTree(answer.body()).get("violations").get(0).get("field").asText()).isEqualTo("purpose");
                assertThat(answer.body()).doesNotContain(Subscribers.OWNER);
            }
        } finally {
            agents.shutdown();
        }
        Map<String, AuditLine> lines = auditLinesOf(s.msisdn());
        assertThat(lines).hasSize(300);
        for (int round = 0; round < 10; round++) {
            for (int i = 0; i < 30; i++) {
                assertThat(lines).containsKey("nul-" + round + "-" + i);
            }
        }
    }

    /** Every fourth lookup is of the incomplete subscriber, whose record is withheld behind the warning. */
    private static boolean withheld(int lookup) {
        return lookup % 4 == 0;
    }

    private double batchedLines() {
        return metrics.get("care.lookup.audit.batch").summary().totalAmount();
    }

    /** By call id. */
    private static Map<String, AuditLine> auditLinesOf(String... msisdns) throws SQLException {
        try (Connection db = TestStack.db();
                PreparedStatement q = db.prepareStatement("SELECT call_id, subject, role, msisdn, access_view, accessed_at FROM personal_data_access"
                        + " WHERE msisdn = ANY(?)")) {
            q.setArray(1, db.createArrayOf("varchar", msisdns));
            ResultSet rs = q.executeQuery();
            Map<String, AuditLine> lines = new HashMap<>();
            while (rs.next()) {
                AuditLine line = new AuditLine(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class).toInstant());
                assertThat(lines.put(rs.getString(1), line)).as("a second audit line for call %s", rs.getString(1)).isNull();
            }
            return lines;
        }
    }

    private record AuditLine(String subject, String role, String msisdn, String view, Instant accessedAt) {
    }
}
