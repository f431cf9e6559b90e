package vn.mobifone.care.bench.campaign;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Target generation of a high-ARPU campaign (seed 002's default rules) by the service, beside the
 * same {@code INSERT … SELECT} typed by hand as one statement over the whole projection: the
 * service's ranges, commits and progress are what it costs over the bare statement.
 */
final class TargetingRun {

    /** @param campaign the campaign the service generated, whose leads the next-lead phase works */
    record Figures(String campaign, long leads, Duration service, Duration byHand) {
    }

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern STATE = Pattern.compile("\"state\":\"([A-Z]+)\"");
    /** What the service's TargetQuery writes for seed 002's defaults, over every range at once. */
    private static final String BY_HAND = """
            INSERT INTO lead (campaign_id, msisdn, arpu_vnd, at_risk, province, district, ward, state, next_attempt_at)
            SELECT ?, s.msisdn, s.arpu_vnd, (s.churn_risk >= 0.7 OR s.mnp_out), s.province, s.district, s.ward, 'QUEUED', now()
            FROM subscriber s
            WHERE NOT EXISTS (SELECT 1 FROM dnc_entry d WHERE d.msisdn = s.msisdn)
              AND s.two_way_active = true AND s.vlr_days_last7 >= 4 AND s.arpu_vnd >= 150000
              AND NOT EXISTS (SELECT 1 FROM exclusion_entry e WHERE e.msisdn = s.msisdn AND e.list_name = ANY (ARRAY['khcc-wave-1', 'long-term-customers']))
            ON CONFLICT (campaign_id, msisdn) DO NOTHING
            """;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String service;
    private final String supervisor;
    private final Connection db;

    TargetingRun(String service, String supervisor, Connection db) {
        this.service = service;
        this.supervisor = supervisor;
        this.db = db;
    }

    /** A campaign running today, calling all day, so that the next-lead phase is never outside its window. */
    String createCampaign(String name) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String body = """
                {"type":"HIGH_ARPU_CARE","name":"%s","startsOn":"%s","endsOn":"%s","windowStart":"00:00","windowEnd":"23:59"}"""
                .formatted(name, today, today.plusDays(30));
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(service + "/campaigns"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)), 201);
        return match(ID, created.body());
    }

    Figures measure() throws Exception {
        warmCache();
        String manual = createCampaign("bench by hand");
        long started = System.nanoTime();
        long byHandLeads;
        try (PreparedStatement s = db.prepareStatement(BY_HAND)) {
            s.setObject(1, UUID.fromString(manual));
            byHandLeads = s.executeUpdate();
        }
        Duration byHand = Duration.ofNanos(System.nanoTime() - started);

        String campaign = createCampaign("bench service");
        String run = match(ID, send(HttpRequest.newBuilder(URI.create(service + "/campaigns/" + campaign + "/target-generations"))
                .POST(HttpRequest.BodyPublishers.noBody()), 202).body());
        String view;
        do {
            Thread.sleep(200);
            view = send(HttpRequest.newBuilder(URI.create(service + "/campaigns/" + campaign + "/target-generations/" + run)).GET(), 200).body();
        } while ("RUNNING".equals(match(STATE, view)));
        if (!"DONE".equals(match(STATE, view))) {
            throw new IllegalStateException("target generation ended " + view);
        }
        Duration byService = Duration.between(Instant.parse(field(view, "startedAt")), Instant.parse(field(view, "finishedAt")));
        long serviceLeads = Long.parseLong(number(view, "leadsAdded"));
        if (serviceLeads != byHandLeads) {
            throw new IllegalStateException("the service added " + serviceLeads + " leads, the statement by hand " + byHandLeads);
        }
        return new Figures(campaign, serviceLeads, byService, byHand);
    }

    /** Reads the projection once so that neither run pays for the first read from disk. */
    private void warmCache() throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*), sum(arpu_vnd) FROM subscriber")) {
            rs.next();
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = http.send(request.header("Authorization", supervisor).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static String field(String json, String name) {
        return match(Pattern.compile("\"" + name + "\":\"([^\"]+)\""), json);
    }

    private static String number(String json, String name) {
        return match(Pattern.compile("\"" + name + "\":([0-9]+)"), json);
    }

    private static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException(pattern + " not in " + text);
        }
        return m.group(1);
    }
}
