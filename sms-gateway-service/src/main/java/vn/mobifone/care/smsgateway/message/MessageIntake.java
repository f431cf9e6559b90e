package vn.mobifone.care.smsgateway.message;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import vn.mobifone.care.platform.persistence.LocalTransaction;
import vn.mobifone.care.platform.problem.BusinessRuleViolation;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.problem.ResourceConflict;
import vn.mobifone.care.platform.time.CareClock;
import vn.mobifone.care.smsgateway.advertising.AdvertisingWindow;
import vn.mobifone.care.smsgateway.advertising.OptOutList;
import vn.mobifone.care.smsgateway.campaign.CampaignLimits;
import vn.mobifone.care.smsgateway.campaign.CampaignLimitsStore;
import vn.mobifone.care.smsgateway.campaign.CampaignSchedule;
import vn.mobifone.care.smsgateway.cap.SubscriberCap;
import vn.mobifone.care.smsgateway.encoding.DiacriticsFolder;
import vn.mobifone.care.smsgateway.encoding.MessageSplitter;
import vn.mobifone.care.smsgateway.encoding.SplitText;
import vn.mobifone.care.smsgateway.template.Template;
import vn.mobifone.care.smsgateway.template.TemplateDefaults;

/**
 * Turns a send request into a recorded message: same idempotency key, same message; renders the
 * template; refuses (and records why) what the opt-out list or a cap forbids; holds advertising
 * for the window. The status change is published in the same transaction.
 *
 * <p>One core on a {@link Connection}, in a local JDBC transaction ({@link LocalTransaction})
 * rather than JTA, because per message the JTA transaction, the persistence session and the
 * interceptors around each collaborator cost as much CPU as the statements. {@code POST /messages}
 * runs it for the requests that arrive together ({@link IntakeCommits}), {@code POST /messages/batch}
 * for a whole batch ({@link GroupIntake}), the {@code sms-requested} consumer for a whole poll,
 * each command beside its processed-event row; each in one transaction on one connection.
 */
@ApplicationScoped
public class MessageIntake {

    public static final String OPTED_OUT = "opted-out";
    public static final String CAP_EXCEEDED = "cap-exceeded";
    /** The campaign's last send date has passed. */
    public static final String OUTSIDE_CAMPAIGN_DATES = "outside-campaign-dates";

    private final LocalTransaction transaction;
    private final MessageStore store;
    private final Clock clock;
    private final IntakeConfig config;
    private final OptOutList optOuts;
    private final SubscriberCap cap;
    private final MessageEvents events;
    private final AdvertisingWindow window;
    private final TemplateDefaults templateDefaults;
    private final CampaignLimitsStore campaignLimits;
    private final CampaignSchedule schedule;

    public MessageIntake(LocalTransaction transaction, MessageStore store, Clock clock, IntakeConfig config,
            OptOutList optOuts, SubscriberCap cap, MessageEvents events, TemplateDefaults templateDefaults,
            CampaignLimitsStore campaignLimits) {
        this.transaction = transaction;
        this.store = store;
        this.clock = clock;
        this.config = config;
        this.optOuts = optOuts;
        this.cap = cap;
        this.events = events;
        this.window = config.advertisingWindow();
        this.templateDefaults = templateDefaults;
        this.campaignLimits = campaignLimits;
        this.schedule = new CampaignSchedule(window, CareClock.ZONE);
    }

    public record Outcome(Message message, boolean created) {
    }

    /**
     * In a transaction of its own, committed before this returns.
     *
     * @param mayWriteFreeText whether the caller may send a text without a template (supervisors)
     */
    public Outcome accept(SendRequest request, String requestedBy, boolean mayWriteFreeText) {
        return transaction.run(connection -> accept(connection, request, requestedBy, mayWriteFreeText));
    }

    /**
     * On {@code connection}, in the transaction the caller runs there: the message commits or rolls
     * back with whatever else the caller wrote. The idempotency key and the subscriber's cap row
     * stay locked until that transaction ends; a later message of the same transaction takes them
     * again without waiting, and sees the cap as the earlier ones left it. A refusal
     * ({@link InvalidInput}, {@link BusinessRuleViolation}, {@link ResourceConflict}) is thrown
     * before anything is written, so a caller with more messages in the transaction needs no
     * savepoint to go on after one ({@link GroupIntake}).
     */
    public Outcome accept(Connection connection, SendRequest request, String requestedBy, boolean mayWriteFreeText) {
        Message existing = store.lockAndFind(connection, request.idempotencyKey());
        if (existing != null) {
            if (!existing.msisdn.equals(request.msisdn()) || existing.channel != request.channel()) {
                throw new ResourceConflict("idempotency-key-reused",
                        "Idempotency key " + request.idempotencyKey() + " was used for another message");
            }
            return new Outcome(existing, false);
        }
        Message message = compose(connection, request, requestedBy, mayWriteFreeText);
        decide(connection, message, request);
        store.insert(connection, message);
        events.statusChanged(connection, message);
        return new Outcome(message, true);
    }

    private Message compose(Connection connection, SendRequest request, String requestedBy, boolean mayWriteFreeText) {
        Message m = new Message();
        m.id = UUID.randomUUID();
        m.idempotencyKey = request.idempotencyKey();
        m.msisdn = request.msisdn();
        m.channel = request.channel();
        m.category = request.category();
        m.campaignId = request.campaignId();
        m.priority = request.effectivePriority();
        m.requestedBy = requestedBy;
        if (request.templateId() != null && request.text() != null) {
            throw new InvalidInput("text", "Send either a templateId with parameters or a text, not both");
        }
        if (request.templateId() != null) {
            Template template = store.template(connection, request.templateId());
            if (template == null) {
                throw new InvalidInput("templateId", "No template " + request.templateId());
            }
            if (template.channel != request.channel()) {
                throw new InvalidInput("channel", "Template " + template.id + " is for " + template.channel);
            }
            m.templateId = template.id;
            m.brandname = template.brandname;
            String text = template.text().render(templateDefaults.over(request.parameters()));
            m.body = template.foldDiacritics ? DiacriticsFolder.fold(text) : text;
            // A template written for advertising stays advertising, whatever the caller says.
            if (template.category == Category.ADVERTISING) {
                m.category = Category.ADVERTISING;
            }
        } else if (request.text() != null) {
            if (!mayWriteFreeText) {
                throw new BusinessRuleViolation("free-text-not-allowed", "Only supervisors send free text; send a templateId");
            }
            m.brandname = config.defaultBrandname();
            m.body = request.text();
        } else {
            throw new InvalidInput("templateId", "A templateId (or, for supervisors, a text) is required");
        }
        if (m.channel == Channel.SMS) {
            SplitText split = MessageSplitter.split(m.body);
            if (split.partCount() > MessageSplitter.MAX_PARTS) {
                throw new InvalidInput("text", "The message needs " + split.partCount() + " SMS parts; at most "
                        + MessageSplitter.MAX_PARTS + " are sent");
            }
            m.encoding = split.encoding();
            m.partCount = split.partCount();
        } else {
            m.partCount = 1;
        }
        m.concatRef = ThreadLocalRandom.current().nextInt(256);
        return m;
    }

    /**
     * When the message goes and whether it may: advertising keeps to the window and the opt-out
     * list; a campaign's outreach (advertising with its id) also to the campaign's send dates and
     * caps. CARE messages a customer asked for are never held to a campaign's limits.
     */
    private void decide(Connection connection, Message m, SendRequest request) {
        Instant now = clock.instant();
        m.createdAt = now;
        m.updatedAt = now;
        Instant due = request.scheduledAt() != null && request.scheduledAt().isAfter(now) ? request.scheduledAt() : now;
        Duration validity = request.validityMinutes() == null ? config.defaultValidity() : Duration.ofMinutes(request.validityMinutes());
        boolean advertising = m.category == Category.ADVERTISING;
        CampaignLimits limits = advertising && m.campaignId != null ? campaignLimits.find(connection, m.campaignId) : null;
        Optional<Instant> start = limits == null ? Optional.of(due) : schedule.earliestSend(due, limits.sendDates());
        m.notBefore = advertising ? window.earliestSend(start.orElse(due)) : due;
        m.validUntil = start.orElse(due).plus(validity);
        Integer limit = limits == null ? null : limits.capFor(m.channel);
        if (advertising && optOuts.contains(connection, m.msisdn)) {
            reject(m, OPTED_OUT);
        } else if (start.isEmpty()) {
            reject(m, OUTSIDE_CAMPAIGN_DATES);
        } else if (limit != null && !cap.tryTake(connection, m.campaignId, m.msisdn, m.channel, limit)) {
            reject(m, CAP_EXCEEDED);
        } else {
            m.status = m.notBefore.isAfter(now) ? MessageStatus.ACCEPTED : MessageStatus.QUEUED;
        }
    }

    private static void reject(Message m, String reason) {
        m.status = MessageStatus.REJECTED;
        m.reason = Objects.requireNonNull(reason);
    }
}
