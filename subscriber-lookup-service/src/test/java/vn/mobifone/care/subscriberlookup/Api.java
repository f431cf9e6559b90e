package vn.mobifone.care.subscriberlookup;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import vn.mobifone.care.devstack.testing.TestStack;

/** A request of an authenticated caller. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String role, String subject) {
        return given().header("Authorization", TestStack.bearer(role, subject));
    }
}
