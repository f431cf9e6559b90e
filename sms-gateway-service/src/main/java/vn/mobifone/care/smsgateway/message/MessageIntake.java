package vn.mobifone.care.smsgateway.message;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
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
 * <p>One core on a {@link Connection}, for a group of requests at a time, in a local JDBC
 * transaction ({@code LocalTransaction}) rather than JTA, because per message the JTA transaction, the persistence session and the
 * interceptors around each collaborator cost as much CPU as the statements. {@code POST /messages}
 * runs it for the requests that arrive together ({@link IntakeCommits}), {@code POST /messages/batch}
 * for a whole batch ({@link GroupIntake}), the {@code sms-requested} consumer for a whole poll,
 * each command beside its processed-event row; each in one transaction on one connection. A
 * request alone is a group of one: there is no second way to take one.
 */
@ApplicationScoped
public class MessageIntake {

    public static final String OPTED_OUT = "opted-out";
    public static final String CAP_EXCEEDED = "cap-exceeded";
    /** The campaign's last send date has passed. */
    public static final String OUTSIDE_CAMPAIGN_DATES = "outside-campaign-dates";

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

    public MessageIntake(MessageStore store, Clock clock, IntakeConfig config,
            OptOutList optOuts, SubscriberCap cap, MessageEvents events, TemplateDefaults templateDefaults,
            CampaignLimitsStore campaignLimits) {
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

    public record Recorded(Message message, boolean created) {
    }

    /** A message composed for a request, waiting for the decision whether and when it goes. */
    private record Pending(Message message, SendRequest request) {
    }

    /**
     * The entries on {@code connection}, in the transaction the caller runs there: the messages
     * commit or roll back with whatever else the caller wrote. On return each entry has its
     * outcome or its refusal. The whole group costs the same few statements as one message: the
     * idempotency keys locked and read together, the templates, opt-outs and caps read or taken
     * together, all messages and their status events written together. The keys and the
     * subscribers' cap rows stay locked until the transaction ends. A later entry of the group
     * sees what the earlier ones did: a repeated key finds the first message, the cap counts them
     * one after the other. A refusal ({@link InvalidInput}, {@link BusinessRuleViolation},
     * {@link ResourceConflict}) writes nothing, so the others of the group need no savepoint.
     *
     * @return how many messages were created
     */
    public int accept(Connection connection, List<GroupIntake.Entry> entries) {
        Map<String, Message> recorded = store.lockAndFind(connection,
                entries.stream().map(e -> e.request.idempotencyKey()).collect(Collectors.toCollection(LinkedHashSet::new)));
        Map<String, Template> templates = store.templates(connection, entries.stream()
                .filter(e -> !recorded.containsKey(e.request.idempotencyKey()) && e.request.templateId() != null)
                .map(e -> e.request.templateId())
                .collect(Collectors.toSet()));
        List<Pending> pending = new ArrayList<>(entries.size());
        for (GroupIntake.Entry entry : entries) {
            entry.outcome = null;
            entry.refusal = null;
            SendRequest request = entry.request;
            Message existing = recorded.get(request.idempotencyKey());
            if (existing != null) {
                if (!existing.msisdn.equals(request.msisdn()) || existing.channel != request.channel()) {
                    entry.refusal = new ResourceConflict("idempotency-key-reused",
                            "Idempotency key " + request.idempotencyKey() + " was used for another message");
                } else {
                    entry.outcome = new Recorded(existing, false);
                }
                continue;
            }
            try {
                Message message = compose(request, entry.requestedBy, entry.mayWriteFreeText, templates);
                recorded.put(message.idempotencyKey, message);
                pending.add(new Pending(message, request));
                entry.outcome = new Recorded(message, true);
            } catch (InvalidInput | BusinessRuleViolation | ResourceConflict refused) {
                entry.refusal = refused;
            }
        }
        decide(connection, pending);
        List<Message> created = pending.stream().map(Pending::message).toList();
        store.insert(connection, created);
        events.statusChanged(connection, created);
        return created.size();
    }

    private Message compose(SendRequest request, String requestedBy, boolean mayWriteFreeText, Map<String, Template> templates) {
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
            Template template = templates.get(request.templateId());
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
     * When each message goes and whether it may: advertising keeps to the window and the opt-out
     * list; a campaign's outreach (advertising with its id) also to the campaign's send dates and
     * caps. CARE messages a customer asked for are never held to a campaign's limits.
     */
    private void decide(Connection connection, List<Pending> pending) {
        if (pending.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Set<String> optedOut = optOuts.optedOut(connection, pending.stream()
                .map(Pending::message).filter(m -> m.category == Category.ADVERTISING).map(m -> m.msisdn).toList());
        Map<String, CampaignLimits> limitsByCampaign = new HashMap<>();
        List<SubscriberCap.Demand> demands = new ArrayList<>();
        List<Message> capped = new ArrayList<>();
        for (Pending p : pending) {
            Message m = p.message();
            SendRequest request = p.request();
            m.createdAt = now;
            m.updatedAt = now;
            Instant due = request.scheduledAt() != null && request.scheduledAt().isAfter(now) ? request.scheduledAt() : now;
            Duration validity = request.validityMinutes() == null ? config.defaultValidity() : Duration.ofMinutes(request.validityMinutes());
            boolean advertising = m.category == Category.ADVERTISING;
            CampaignLimits limits = advertising && m.campaignId != null ? limitsOf(connection, m.campaignId, limitsByCampaign) : null;
            Optional<Instant> start = limits == null ? Optional.of(due) : schedule.earliestSend(due, limits.sendDates());
            m.notBefore = advertising ? window.earliestSend(start.orElse(due)) : due;
            m.validUntil = start.orElse(due).plus(validity);
            Integer limit = limits == null ? null : limits.capFor(m.channel);
            if (advertising && optedOut.contains(m.msisdn.value())) {
                reject(m, OPTED_OUT);
            } else if (start.isEmpty()) {
                reject(m, OUTSIDE_CAMPAIGN_DATES);
            } else if (limit != null) {
                demands.add(new SubscriberCap.Demand(m.campaignId, m.msisdn, m.channel, limit));
                capped.add(m);
            } else {
                admit(m, now);
            }
        }
        boolean[] taken = cap.tryTake(connection, demands);
        for (int i = 0; i < capped.size(); i++) {
            if (taken[i]) {
                admit(capped.get(i), now);
            } else {
                reject(capped.get(i), CAP_EXCEEDED);
            }
        }
    }

    /** A campaign's limits read once per group, however many of its messages the group holds (null: none set). */
    private CampaignLimits limitsOf(Connection connection, String campaignId, Map<String, CampaignLimits> read) {
        if (!read.containsKey(campaignId)) {
            read.put(campaignId, campaignLimits.find(connection, campaignId));
        }
        return read.get(campaignId);
    }

    private static void admit(Message m, Instant now) {
        m.status = m.notBefore.isAfter(now) ? MessageStatus.ACCEPTED : MessageStatus.QUEUED;
    }

    private static void reject(Message m, String reason) {
        m.status = MessageStatus.REJECTED;
        m.reason = Objects.requireNonNull(reason);
    }
}
