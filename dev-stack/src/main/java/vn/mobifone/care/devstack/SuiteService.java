package vn.mobifone.care.devstack;

import java.util.List;

/** The five services of the suite: module, HTTP port and database. One list for the run command and its checks. */
public record SuiteService(String module, int port, String database) {

    public static final List<SuiteService> ALL = List.of(
            new SuiteService("subscriber-lookup-service", 8081, "subscriber_lookup"),
            new SuiteService("consultation-service", 8082, "consultation"),
            new SuiteService("sms-gateway-service", 8083, "sms_gateway"),
            new SuiteService("it-ticket-service", 8084, "it_ticket"),
            new SuiteService("outbound-campaign-service", 8085, "outbound_campaign"));

    public String baseUrl() {
        return "http://localhost:" + port;
    }
}
