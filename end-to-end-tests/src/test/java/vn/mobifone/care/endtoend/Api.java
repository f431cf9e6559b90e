package vn.mobifone.care.endtoend;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import vn.mobifone.care.endtoend.PackagedSuite.Service;

/**
 * Requests to one of the running services, as a caller with one role. The roles are the token's
 * documented {@code groups} (docs/conventions.md): a black-box test does not load the platform.
 */
final class Api {

    static final String AGENT = "agent";
    static final String SUPERVISOR = "supervisor";
    static final String INTEGRATION = "integration";
    static final String ADMIN = "admin";

    private Api() {
    }

    static RequestSpecification as(PackagedSuite suite, Service service, String role, String subject) {
        return given().baseUri(suite.url(service)).header("Authorization", suite.bearer(role, subject));
    }
}
