package vn.mobifone.care.itticket;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.itticket.ticket.Channel;
import vn.mobifone.care.itticket.ticket.IntakeRequest;
import vn.mobifone.care.itticket.ticket.RequestType;
import vn.mobifone.care.itticket.ticket.TicketAction;
import vn.mobifone.care.platform.security.Roles;

/** The fixtures of the service's tests: requests as enterprise customers send them, and the calls that move them. */
public final class Tickets {

    public static final String CUSTOMER = "KHDN-0042";
    /** Due times computed while the clock keeps ticking agree to within this. */
    public static final Duration TICK = Duration.ofSeconds(2);

    private Tickets() {
    }

    /**
     * The items of a list, page after page, that carry this ticket's id: the tickets other tests
     * left behind may fill more than a page, so a test looks for its own ticket in all of them.
     *
     * @param query the list's query without paging, e.g. {@code "sla=paused"}, or empty
     */
    public static List<Map<String, Object>> listed(String bearer, String path, String query, String id) {
        List<Map<String, Object>> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath answer = given().header("Authorization", bearer).get(path + "?" + (query.isEmpty() ? "" : query + "&") + "size=200&page=" + page).then()
                    .statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = answer.getList("items");
            items.stream().filter(item -> id.equals(item.get("id"))).forEach(found::add);
            if (items.size() < 200) {
                return found;
            }
        }
    }

    /** An e-invoice outage reported by e-mail: level 3, 4 h at the regional company + 44 h at the IT centre. */
    public static IntakeRequest incidentAtFrontLine() {
        return of(RequestType.INCIDENT_FIX);
    }

    public static IntakeRequest questionFromHotline() {
        return new IntakeRequest(Channel.HOTLINE_18001090, "REC-20260302-0007", CUSTOMER, "Cong ty Giai phap So Song Hong",
                "MobiFone Invoice", RequestType.QUESTION, "Price of the 500-invoice package", "Customer asks the monthly price.");
    }

    /** A request from the web portal, which resends it under the same Idempotency-Key when it gets no answer. */
    public static IntakeRequest fromPortal(String reference) {
        return new IntakeRequest(Channel.WEB_PORTAL, reference, CUSTOMER, "Cong ty Giai phap So Song Hong",
                "MobiFone Invoice", RequestType.INTEGRATION, "Invoices not reaching the tax authority", "Since the portal update.");
    }

    public static IntakeRequest of(RequestType type) {
        return new IntakeRequest(Channel.EMAIL, "MAIL-" + type.name(), CUSTOMER, "Cong ty Giai phap So Song Hong",
                "MobiFone Invoice", type, "Request: " + type.name().toLowerCase(), "Details of the request as received.");
    }

    public static String agent() {
        return TestStack.bearer(Roles.AGENT, "A001");
    }

    /** A team leader of the regional company: the front line and the product room. */
    public static String supervisor() {
        return TestStack.bearer(Roles.SUPERVISOR, "S001");
    }

    /** The IT centre (TT CNTT, GPTH room). */
    public static String ops() {
        return TestStack.bearer(Roles.OPS, "GPTH01");
    }

    public static String admin() {
        return TestStack.bearer(Roles.ADMIN, "ADM01");
    }

    /** Receives the request as an agent; returns the ticket id. */
    public static String receive(IntakeRequest request) {
        return given().auth().none().header("Authorization", agent()).contentType(ContentType.JSON).body(request)
                .post("/tickets").then().statusCode(201).extract().path("id");
    }

    /** Receives and classifies at the type's default level. */
    public static String classified(RequestType type) {
        String id = receive(of(type));
        classify(id, Map.of()).statusCode(200);
        return id;
    }

    public static ValidatableResponse classify(String id, Map<String, Object> body) {
        return given().header("Authorization", agent()).contentType(ContentType.JSON).body(body)
                .post("/tickets/{id}/classification", id).then();
    }

    /** The action taken by someone of the tier that takes it: the front line for the customer-facing steps, else the holder. */
    public static ValidatableResponse act(String id, TicketAction action, String note) {
        String token = switch (action) {
            case ANSWER_CUSTOMER, REOPEN, CLOSE -> agent();
            default -> switch (get(id).getString("tier")) {
                case "FRONT_LINE" -> agent();
                case "PRODUCT_ROOM" -> supervisor();
                default -> ops();
            };
        };
        return actAs(token, id, action, note);
    }

    public static ValidatableResponse actAs(String token, String id, TicketAction action, String note) {
        Map<String, Object> body = note == null ? Map.of("action", action) : Map.of("action", action, "note", note);
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .post("/tickets/{id}/actions", id).then();
    }

    public static JsonPath get(String id) {
        return given().header("Authorization", ops()).get("/tickets/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    /** One clock of the ticket view, by stage code. */
    public static Map<String, Object> clock(JsonPath ticket, String stage) {
        return ticket.getMap("sla.find { it.stage == '" + stage + "' }");
    }

    public static Instant instant(Object value) {
        return value == null ? null : Instant.parse(value.toString());
    }
}
