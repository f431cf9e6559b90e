package vn.mobifone.care.subscriberlookup;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.platform.security.Roles;

/**
 * The partners and people the directory's tests talk about, each with ids of its own. Tokens of
 * people made here are not put on the topic by the test stack: the directory itself announces them.
 */
public final class People {

    public static final LocalDate STARTED = LocalDate.of(2025, 1, 6);
    private static final AtomicInteger NEXT = new AtomicInteger();

    private People() {
    }

    public static RequestSpecification asAdmin() {
        return given().header("Authorization", TestStack.bearerUnregistered(Roles.ADMIN, "ADM-SEC")).contentType(ContentType.JSON);
    }

    /** A request of a person of the directory (or one who was): their token, as issued. */
    public static RequestSpecification as(String role, String id) {
        return given().header("Authorization", TestStack.bearerUnregistered(role, id)).contentType(ContentType.JSON);
    }

    public static String partner() {
        String id = "P" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        asAdmin().body(Map.of("id", id, "name", "Công ty " + id)).post("/partners").then().statusCode(201);
        return id;
    }

    public static String supervisor(String partner) {
        String id = partner + "-S" + NEXT.incrementAndGet();
        asAdmin().body(person(id, "SUPERVISOR")).post("/partners/" + partner + "/agents").then().statusCode(201);
        awaitLetIn(Roles.SUPERVISOR, id);
        return id;
    }

    /** An agent registered by the partner's supervisor. */
    public static String agent(String partner, String supervisor) {
        String id = partner + "-A" + NEXT.incrementAndGet();
        as(Roles.SUPERVISOR, supervisor).body(person(id, "AGENT")).post("/partners/" + partner + "/agents").then().statusCode(201);
        awaitLetIn(Roles.AGENT, id);
        return id;
    }

    /** A registration reaches the services through the outbox and the topic: a few seconds at most. */
    private static void awaitLetIn(String role, String id) {
        await().atMost(Duration.ofSeconds(10)).until(() -> as(role, id).get("/occupations").statusCode() == 200);
    }

    public static Map<String, Object> person(String id, String role) {
        return Map.of("id", id, "name", "Nguyễn Văn " + id, "role", role, "callCentre", "Đài 1090 Hà Nội", "line", "1090",
                "startDate", STARTED.toString());
    }

    public static void depart(String supervisor, String agent, LocalDate on) {
        as(Roles.SUPERVISOR, supervisor).body(Map.of("status", "DEPARTED", "departureDate", on.toString())).put("/agents/" + agent + "/status")
                .then().statusCode(200);
    }
}
