package vn.mobifone.care.outboundcampaign.lead;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.mobifone.care.contracts.events.CampaignOutcomeRecorded;
import vn.mobifone.care.contracts.events.SmsRequested;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.outboundcampaign.campaign.Campaign;
import vn.mobifone.care.outboundcampaign.campaign.Campaigns;
import vn.mobifone.care.outboundcampaign.followup.FollowUps;
import vn.mobifone.care.outboundcampaign.fulfilment.GiftRule;
import vn.mobifone.care.outboundcampaign.fulfilment.WorkingDays;
import vn.mobifone.care.outboundcampaign.lists.NumberLists;
import vn.mobifone.care.outboundcampaign.script.ContentStatus;
import vn.mobifone.care.outboundcampaign.script.ScriptRecord;
import vn.mobifone.care.outboundcampaign.script.ScriptRule;
import vn.mobifone.care.platform.outbox.Outbox;
import vn.mobifone.care.platform.persistence.LocalTransaction;
import vn.mobifone.care.platform.problem.BusinessRuleViolation;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.problem.ResourceConflict;
import vn.mobifone.care.platform.problem.ResourceNotFound;

/**
 * Records how a call on a leased lead ended, and everything it sets in motion, in one transaction:
 * the attempt, the lead's next state (redial after the outcome's delay, callback, done, exhausted),
 * the DNC entry, the gift and other fulfilment tasks, the follow-up messages and the
 * {@code campaign-outcome-recorded} event. A refused request writes nothing.
 */
@ApplicationScoped
public class OutcomeRecording {

    private final LocalTransaction transaction;
    private final Outbox outbox;
    private final Campaigns campaigns;
    private final WorkingDays workingDays;
    private final ObjectMapper json;
    private final Clock clock;

    public OutcomeRecording(LocalTransaction transaction, Outbox outbox, Campaigns campaigns, WorkingDays workingDays, ObjectMapper json,
            Clock clock) {
        this.transaction = transaction;
        this.outbox = outbox;
        this.campaigns = campaigns;
        this.workingDays = workingDays;
        this.json = json;
        this.clock = clock;
    }

    private record Subscriber(String msisdn, String ownerName, long arpuVnd, long loyaltyPoints, boolean kndlMember, boolean joined2022,
            String currentPackage, long mainBalanceVnd, boolean appInstalled, String paymentType, List<String> mvasUnused) {
    }

    private record Planned(String kind, LocalDate dueOn, Map<String, Object> details) {
    }

    public AttemptView record(UUID campaignId, long leadId, String agent, OutcomeRequest r) {
        Campaign campaign = campaigns.get(campaignId);
        Instant now = clock.instant();
        LocalDate today = now.atZone(Campaign.CUSTOMER_ZONE).toLocalDate();
        validate(campaign, r, now);
        return transaction.run(c -> {
            try {
                String msisdn = lockLeased(c, campaignId, leadId, agent);
                Subscriber s = subscriber(c, msisdn);
                List<Planned> tasks = new ArrayList<>();
                List<FollowUps.Planned> messages = new ArrayList<>();
                if (r.outcome() == CallOutcome.AGREED) {
                    plan(c, r.script(), s, today, tasks, messages);
                }
                UUID attemptId = UUID.randomUUID();
                insertAttempt(c, attemptId, leadId, campaignId, msisdn, agent, r, now);
                LeadState next = nextState(c, campaign, leadId, agent, r, now);
                if (r.outcome() == CallOutcome.DO_NOT_CALL) {
                    NumberLists.addDnc(c, msisdn, "call:" + campaignId + ":" + agent, now);
                }
                List<AttemptView.Task> taskViews = insertTasks(c, campaignId, leadId, attemptId, msisdn, tasks, now);
                List<SmsRequested> commands = new ArrayList<>();
                List<AttemptView.Message> messageViews = new ArrayList<>();
                for (FollowUps.Planned m : messages) {
                    String key = "campaign-call:" + attemptId + ":" + m.templateId();
                    commands.add(new SmsRequested(UUID.randomUUID(), now, SmsRequested.VERSION, key, msisdn, m.templateId(), m.parameters(),
                            m.channel(), campaignId.toString(), "CARE", null, null));
                    messageViews.add(new AttemptView.Message(m.templateId(), m.channel(), key));
                    insertFollowUp(c, key, attemptId, campaignId, m, now);
                }
                outbox.publishAll(c, Topics.CAMPAIGN_OUTCOME_RECORDED, List.of(new CampaignOutcomeRecorded(UUID.randomUUID(), now,
                        CampaignOutcomeRecorded.VERSION, campaignId.toString(), msisdn, agent, r.outcome().name(), r.reason())));
                outbox.publishAll(c, Topics.SMS_REQUESTED, commands);
                String greetAs = r.nameGiven() != null && !r.nameGiven().isBlank() ? r.nameGiven().strip() : s.ownerName();
                return new AttemptView(attemptId, leadId, r.outcome(), greetAs, next.state(), next.attempts(), next.nextAttemptAt(), taskViews,
                        messageViews);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void validate(Campaign campaign, OutcomeRequest r, Instant now) {
        switch (r.outcome()) {
            case NOT_INTERESTED -> {
                if (r.reason() == null || r.reason().isBlank()) {
                    throw new InvalidInput("reason", "required when the customer is not interested (campaign and MNP-out reports)");
                }
            }
            case CALLBACK -> {
                if (r.callbackAt() == null) {
                    throw new InvalidInput("callbackAt", "required for a callback");
                }
                if (!r.callbackAt().isAfter(now)) {
                    throw new InvalidInput("callbackAt", "must be in the future");
                }
                if (!campaign.mayCallAt(r.callbackAt())) {
                    throw new BusinessRuleViolation("callback-outside-window", "A callback must fall inside the campaign (" + campaign.startsOn()
                            + " to " + campaign.endsOn() + ") and its calling window " + campaign.windowStart() + "-" + campaign.windowEnd()
                            + " in the customer's local time");
                }
            }
            case AGREED -> {
                if (r.script() == null) {
                    throw new InvalidInput("script", "required when the customer agreed");
                }
            }
            default -> {
            }
        }
    }

    private static String lockLeased(Connection c, UUID campaignId, long leadId, String agent) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT msisdn, state, leased_by FROM lead WHERE id = ? AND campaign_id = ? FOR UPDATE")) {
            s.setLong(1, leadId);
            s.setObject(2, campaignId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new ResourceNotFound("lead", leadId);
                }
                if (!"LEASED".equals(rs.getString(2)) || !agent.equals(rs.getString(3))) {
                    throw new ResourceConflict("lead-not-leased", "The lead is not leased to " + agent
                            + " (its lease lapsed and it went to another agent, or its outcome is recorded)");
                }
                return rs.getString(1);
            }
        }
    }

    private static Subscriber subscriber(Connection c, String msisdn) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT owner_name, arpu_vnd, loyalty_points, kndl_member, joined_points_2022,"
                + " current_package, main_balance_vnd, app_installed, payment_type, mvas_unused_2m FROM subscriber WHERE msisdn = ?")) {
            s.setString(1, msisdn);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return new Subscriber(msisdn, null, 0, 0, false, false, null, 0, false, null, List.of());
                }
                Array mvas = rs.getArray(10);
                return new Subscriber(msisdn, rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4), rs.getBoolean(5),
                        rs.getString(6), rs.getLong(7), rs.getBoolean(8), rs.getString(9),
                        mvas == null ? List.of() : List.of((String[]) mvas.getArray()));
            }
        }
    }

    private void plan(Connection c, ScriptRecord script, Subscriber s, LocalDate today, List<Planned> tasks,
            List<FollowUps.Planned> messages) throws SQLException {
        ScriptRule.check(script, new ScriptRule.Facts(s.joined2022(), s.currentPackage()));
        String storeAddress = null;
        if (script.b2().status() == ContentStatus.ACCEPTED) {
            if (script.gift() == null) {
                throw new InvalidInput("script.gift", "required when B2 is accepted");
            }
            GiftRule.Decision gift = GiftRule.decide(script.gift(), s.arpuVnd(), today, workingDays);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("gift", script.gift().name());
            switch (gift.fulfilment()) {
                case E_POLICY -> details.put("vehicleRegistration", script.gift().vehicleRegistration());
                case HOME_DELIVERY -> details.put("deliveryAddress", script.gift().deliveryAddress());
                case STORE_PICKUP -> {
                    storeAddress = storeOf(c, script.gift().district().strip());
                    details.put("district", script.gift().district().strip());
                    details.put("storeAddress", storeAddress);
                }
            }
            tasks.add(new Planned(gift.fulfilment().name(), gift.dueOn(), details));
        }
        if (script.b3().status() == ContentStatus.ACCEPTED) {
            if (script.packageOffer() == null) {
                throw new InvalidInput("script.packageOffer", "required when B3 is accepted");
            }
            Map<String, Object> details = Map.of("package", script.packageOffer().name(), "priceVnd", script.packageOffer().priceVnd());
            tasks.add(FollowUps.balanceCovers(script, s.mainBalanceVnd())
                    ? new Planned("PACKAGE_REGISTRATION", today, details)
                    // The offer is valid 2 days: follow the top-up until then.
                    : new Planned("TOP_UP_FOLLOW_UP", today.plusDays(2), details));
        }
        if (script.b5().status() == ContentStatus.ACCEPTED && s.appInstalled() && "POSTPAID".equals(s.paymentType()) && script.os() == null) {
            throw new InvalidInput("script.os", "required to send the MobiFone Pay link (IOS or ANDROID)");
        }
        if (script.feedback() != null && !script.feedback().isBlank()) {
            tasks.add(new Planned("FEEDBACK_ANSWER", today.plusDays(2), Map.of("feedback", script.feedback().strip())));
        }
        if (!s.mvasUnused().isEmpty()) {
            tasks.add(new Planned("MVAS_CANCELLATION", today, Map.of("services", s.mvasUnused())));
        }
        messages.addAll(FollowUps.plan(script, new FollowUps.Facts(s.msisdn(), s.loyaltyPoints(), s.kndlMember(), s.appInstalled(),
                s.paymentType(), s.mainBalanceVnd(), today, storeAddress)));
    }

    private static String storeOf(Connection c, String district) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT address FROM store WHERE district = ?")) {
            s.setString(1, district);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new BusinessRuleViolation("no-store-for-district", "No MobiFone store is known for the district " + district);
                }
                return rs.getString(1);
            }
        }
    }

    private void insertAttempt(Connection c, UUID id, long leadId, UUID campaignId, String msisdn, String agent, OutcomeRequest r, Instant now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO call_attempt (id, lead_id, campaign_id, msisdn, agent_id, outcome, reason,"
                + " name_given, script, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)")) {
            s.setObject(1, id);
            s.setLong(2, leadId);
            s.setObject(3, campaignId);
            s.setString(4, msisdn);
            s.setString(5, agent);
            s.setString(6, r.outcome().name());
            s.setString(7, r.reason() == null ? null : r.reason().strip());
            s.setString(8, r.nameGiven() == null || r.nameGiven().isBlank() ? null : r.nameGiven().strip());
            s.setString(9, r.script() == null ? null : write(r.script()));
            s.setTimestamp(10, Timestamp.from(now));
            s.executeUpdate();
        }
    }

    private record LeadState(String state, int attempts, Instant nextAttemptAt) {
    }

    private static LeadState nextState(Connection c, Campaign campaign, long leadId, String agent, OutcomeRequest r, Instant now)
            throws SQLException {
        int attempts;
        try (PreparedStatement s = c.prepareStatement("SELECT attempts + 1 FROM lead WHERE id = ?")) {
            s.setLong(1, leadId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                attempts = rs.getInt(1);
            }
        }
        String state;
        Instant next = null;
        Instant callbackAt = null;
        String callbackAgent = null;
        switch (r.outcome()) {
            case BUSY, NO_ANSWER -> {
                int delay = r.outcome() == CallOutcome.BUSY ? campaign.dialling().busyRedialMinutes() : campaign.dialling().noAnswerRedialMinutes();
                boolean exhausted = attempts >= campaign.dialling().maxAttempts();
                state = exhausted ? "EXHAUSTED" : "QUEUED";
                next = exhausted ? null : now.plus(Duration.ofMinutes(delay));
            }
            case CALLBACK -> {
                state = "QUEUED";
                next = r.callbackAt();
                callbackAt = r.callbackAt();
                callbackAgent = r.callbackFor() == OutcomeRequest.CallbackFor.ANYONE ? null : agent;
            }
            default -> state = "DONE";
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE lead SET state = ?, attempts = ?, next_attempt_at = COALESCE(?, next_attempt_at),"
                + " leased_by = NULL, lease_until = NULL, callback_at = ?, callback_agent = ?, last_outcome = ? WHERE id = ?")) {
            s.setString(1, state);
            s.setInt(2, attempts);
            s.setTimestamp(3, next == null ? null : Timestamp.from(next));
            s.setTimestamp(4, callbackAt == null ? null : Timestamp.from(callbackAt));
            s.setString(5, callbackAgent);
            s.setString(6, r.outcome().name());
            s.setLong(7, leadId);
            s.executeUpdate();
        }
        return new LeadState(state, attempts, next);
    }

    private List<AttemptView.Task> insertTasks(Connection c, UUID campaignId, long leadId, UUID attemptId, String msisdn, List<Planned> tasks,
            Instant now) throws SQLException {
        List<AttemptView.Task> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO fulfilment_task (id, campaign_id, lead_id, attempt_id, msisdn, kind, details,"
                + " due_on, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, 'OPEN', ?)")) {
            for (Planned t : tasks) {
                UUID id = UUID.randomUUID();
                s.setObject(1, id);
                s.setObject(2, campaignId);
                s.setLong(3, leadId);
                s.setObject(4, attemptId);
                s.setString(5, msisdn);
                s.setString(6, t.kind());
                s.setString(7, write(t.details()));
                s.setObject(8, t.dueOn());
                s.setTimestamp(9, Timestamp.from(now));
                s.addBatch();
                out.add(new AttemptView.Task(id, t.kind(), t.dueOn()));
            }
            s.executeBatch();
        }
        return out;
    }

    private static void insertFollowUp(Connection c, String key, UUID attemptId, UUID campaignId, FollowUps.Planned m, Instant now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO follow_up (idempotency_key, attempt_id, campaign_id, template_id, channel,"
                + " requested_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, key);
            s.setObject(2, attemptId);
            s.setObject(3, campaignId);
            s.setString(4, m.templateId());
            s.setString(5, m.channel());
            s.setTimestamp(6, Timestamp.from(now));
            s.executeUpdate();
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
