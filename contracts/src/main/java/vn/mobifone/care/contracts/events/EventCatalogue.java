package vn.mobifone.care.contracts.events;

import java.util.List;

/**
 * Every topic of the suite with its payload record, key, producer and consumers: the source of
 * {@code asyncapi/care-events.yaml}, which a test keeps identical to it.
 */
public final class EventCatalogue {

    /**
     * One topic: what flows on it, keyed by what, written and read by whom, and whether its
     * consumers park what they cannot process on {@code <topic>.dlt}.
     */
    public record Channel(String topic, Class<? extends CareEvent> payload, String key, String producer,
            List<String> consumers, String description, boolean deadLetterTopic) {

        /** A topic whose consumers, if any, park what they cannot process. */
        public Channel(String topic, Class<? extends CareEvent> payload, String key, String producer, List<String> consumers,
                String description) {
            this(topic, payload, key, producer, consumers, description, !consumers.isEmpty());
        }
    }

    private static final String LOOKUP = "subscriber-lookup-service";
    private static final String CONSULTATION = "consultation-service";
    private static final String SMS = "sms-gateway-service";
    private static final String TICKETS = "it-ticket-service";
    private static final String CAMPAIGNS = "outbound-campaign-service";

    public static final List<Channel> CHANNELS = List.of(
            new Channel(Topics.SUBSCRIBER_CHANGED, SubscriberChanged.class, "msisdn", LOOKUP, List.of(CAMPAIGNS),
                    "Compacted. The latest projection of a subscriber, published on every change."),
            new Channel(Topics.APP_INSTALLATIONS, AppInstallationReported.class, "msisdn", "My MobiFone platform", List.of(LOOKUP),
                    "Raw installation reports of the self-care app, MSISDN in any written form."),
            new Channel(Topics.APP_INSTALLED, AppInstalled.class, "msisdn", LOOKUP, List.of(CONSULTATION),
                    "An installation accepted against the subscriber base; ends the consultation lock."),
            new Channel(Topics.CONSULTATION_RECORDED, ConsultationRecorded.class, "msisdn", CONSULTATION, List.of(),
                    "An agent recorded an app-install consultation; the 24 h channel lock starts."),
            new Channel(Topics.SMS_REQUESTED, SmsRequested.class, "msisdn", CONSULTATION + ", " + CAMPAIGNS, List.of(SMS),
                    "Command: send a templated message; the idempotency key makes a resend harmless."),
            new Channel(Topics.SMS_STATUS_CHANGED, SmsStatusChanged.class, "msisdn", SMS, List.of(CONSULTATION),
                    "A message changed state (accepted, queued, submitted, delivered, failed, expired, rejected)."),
            new Channel(Topics.TICKET_STATUS_CHANGED, TicketStatusChanged.class, "ticketId", TICKETS, List.of(),
                    "A support ticket changed state, tier or level."),
            new Channel(Topics.TICKET_SLA_WARNING, TicketSlaWarning.class, "ticketId", TICKETS, List.of(),
                    "A ticket's stage clock crossed its warning threshold; once per ticket and stage."),
            new Channel(Topics.TICKET_SLA_BREACHED, TicketSlaBreached.class, "ticketId", TICKETS, List.of(),
                    "A ticket's stage clock passed its due time; once per ticket and stage."),
            new Channel(Topics.CAMPAIGN_OUTCOME_RECORDED, CampaignOutcomeRecorded.class, "msisdn", CAMPAIGNS, List.of(),
                    "The result of one outbound campaign call."),
            new Channel(Topics.SIM_SWAP_REQUEST_ROUTED, SimSwapRequestRouted.class, "msisdn", CAMPAIGNS, List.of(),
                    "A 4G SIM-swap request was routed (or handed on) to a team of the province's sales force."),
            new Channel(Topics.AGENT_STATUS_CHANGED, AgentStatusChanged.class, "agentId", LOOKUP, List.of("every service (platform)"),
                    "Compacted. The latest status of each agent and supervisor of the directory; every service refuses a person "
                            + "who is not ACTIVE. Each service reads the whole topic from the start; a record it cannot read is "
                            + "logged and changes nobody's standing (there is no dead-letter topic).", false),
            new Channel(Topics.PERSONAL_DATA_ACCESSED, PersonalDataAccessed.class, "msisdn", SMS + ", every service (platform)",
                    List.of(LOOKUP), "A read of personal data outside the lookup, or an attempt refused to a person no longer "
                            + "active; journalled by the lookup."));

    private EventCatalogue() {
    }
}
