package vn.mobifone.care.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A read of a subscriber's personal data made in a service other than the lookup (an SMS message
 * search by number in the gateway), or an attempt refused because the person is no longer an
 * active agent. The lookup writes each into its access journal, so one journal holds every read of
 * the suite. {@code outcome} is {@code READ} or {@code REFUSED}; {@code view} names what was
 * disclosed (for instance {@code SMS_MESSAGES}).
 */
public record PersonalDataAccessed(
        UUID eventId,
        Instant occurredAt,
        int version,
        String msisdn,
        @EventField(required = true) String subject,
        @EventField(required = true) String role,
        @EventField(required = true) String service,
        @EventField(required = true, values = {"PROFILE", "DECREE49_WARNING", "DECREE49_ACKNOWLEDGEMENT", "OCCUPATION_CHANGE", "SMS_MESSAGES"}) String view,
        @EventField(description = "The call being served; callId or purpose is present") String callId,
        @EventField(description = "Why the record was read without a call; callId or purpose is present") String purpose,
        @EventField(required = true, values = {"READ", "REFUSED"}) String outcome) implements CareEvent {

    public static final int VERSION = 1;
    public static final String READ = "READ";
    public static final String REFUSED = "REFUSED";

    @Override
    public String key() {
        return msisdn;
    }
}
