package vn.mobifone.care.itticket.ticket;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.itticket.Tickets;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.time.CareClock;

@QuarkusTest
class TicketIntakeTest {

    @Inject
    CareClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aRetriedIntakeIsAnsweredAsTheFirstAttemptAndCreatesNoSecondTicket() {
        String reference = "PORTAL-" + UUID.randomUUID();
        String key = "portal-" + UUID.randomUUID();
        ExtractableResponse<Response> first = post(Tickets.agent(), key, Tickets.fromPortal(reference)).statusCode(201).extract();
        clock.advance(Duration.ofMinutes(5));
        ExtractableResponse<Response> retry = post(Tickets.agent(), key, Tickets.fromPortal(reference)).statusCode(201).extract();

        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(ticketsWithReference(reference)).isEqualTo(1);
        String id = first.path("id");
        given().header("Authorization", Tickets.ops()).get("/tickets/{id}/history", id).then()
                .body("findAll { it.change == 'received' }.size()", equalTo(1));
    }

    @Test
    void aKeyUsedBeforeForAnotherRequestIsRefused() {
        String reference = "PORTAL-" + UUID.randomUUID();
        String key = "portal-" + UUID.randomUUID();
        post(Tickets.agent(), key, Tickets.fromPortal(reference)).statusCode(201);
        post(Tickets.agent(), key, Tickets.fromPortal(reference + "-other")).statusCode(422)
                .contentType("application/problem+json").body("reason", equalTo("idempotency-key-reused"));
        assertThat(ticketsWithReference(reference + "-other")).isZero();
    }

    @Test
    void aKeyIsTheCallersOwn() {
        String reference = "PORTAL-" + UUID.randomUUID();
        String key = "intake-1";
        String byAgent = post(Tickets.agent(), key + reference, Tickets.fromPortal(reference)).statusCode(201).extract().path("id");
        String byGateway = post(TestStack.bearer(Roles.INTEGRATION, "MAIL-GW"), key + reference, Tickets.fromPortal(reference))
                .statusCode(201).extract().path("id");
        assertThat(byGateway).isNotEqualTo(byAgent);
    }

    @Test
    void retriesRacingTheFirstAttemptStillMakeOneTicket() {
        String reference = "PORTAL-" + UUID.randomUUID();
        String key = "portal-" + UUID.randomUUID();
        String token = Tickets.agent();
        List<CompletableFuture<String>> attempts = List.of(1, 2, 3).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> post(token, key, Tickets.fromPortal(reference))
                        .statusCode(201).extract().<String>path("id")))
                .toList();
        assertThat(attempts.stream().map(CompletableFuture::join).distinct()).hasSize(1);
        assertThat(ticketsWithReference(reference)).isEqualTo(1);
    }

    @Test
    void aMalformedKeyIsAProblem() {
        post(Tickets.agent(), "has spaces in it", Tickets.fromPortal("PORTAL-" + UUID.randomUUID())).statusCode(400)
                .contentType("application/problem+json").body("reason", equalTo("validation-failed"))
                .body("violations.field", hasItems("Idempotency-Key"));
        post(Tickets.agent(), "k".repeat(101), Tickets.fromPortal("PORTAL-" + UUID.randomUUID())).statusCode(400);
    }

    private static io.restassured.response.ValidatableResponse post(String token, String key, IntakeRequest request) {
        return given().header("Authorization", token).header("Idempotency-Key", key).contentType(ContentType.JSON).body(request)
                .post("/tickets").then();
    }

    private static int ticketsWithReference(String reference) {
        try (Connection db = TestStack.db();
                PreparedStatement s = db.prepareStatement("SELECT count(*) FROM ticket WHERE original_reference = ?")) {
            s.setString(1, reference);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
