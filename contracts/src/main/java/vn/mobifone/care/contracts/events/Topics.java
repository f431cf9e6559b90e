package vn.mobifone.care.contracts.events;

/** The topic catalogue; documented with keys and payloads in {@code asyncapi/care-events.yaml}. */
public final class Topics {

    /** Compacted: the latest projection of a subscriber, key MSISDN. */
    public static final String SUBSCRIBER_CHANGED = "subscriber-changed";
    /** Raw installation reports of the My MobiFone platform (external producer). */
    public static final String APP_INSTALLATIONS = "app-installations";
    /** An installation accepted by the lookup service, key MSISDN. */
    public static final String APP_INSTALLED = "app-installed";
    public static final String CONSULTATION_RECORDED = "consultation-recorded";
    /** Command topic: other services ask the SMS gateway to send a message. */
    public static final String SMS_REQUESTED = "sms-requested";
    public static final String SMS_STATUS_CHANGED = "sms-status-changed";
    public static final String TICKET_STATUS_CHANGED = "ticket-status-changed";
    public static final String TICKET_SLA_WARNING = "ticket-sla-warning";
    public static final String TICKET_SLA_BREACHED = "ticket-sla-breached";
    public static final String CAMPAIGN_OUTCOME_RECORDED = "campaign-outcome-recorded";
    /** A 4G SIM-swap request routed to a team of the province's sales force, key MSISDN. */
    public static final String SIM_SWAP_REQUEST_ROUTED = "sim-swap-request-routed";

    /** Compacted: the latest status of each person of the agent directory, key agent id (the token's subject). */
    public static final String AGENT_STATUS_CHANGED = "agent-status-changed";
    /** A read of personal data outside the lookup (or a refused attempt), for the lookup's access journal, key MSISDN. */
    public static final String PERSONAL_DATA_ACCESSED = "personal-data-accessed";

    private static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {
    }

    /** Where a consumer parks a message it can never process, so the partition keeps flowing. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
