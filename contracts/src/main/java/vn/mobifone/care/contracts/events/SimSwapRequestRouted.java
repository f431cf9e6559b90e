package vn.mobifone.care.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A 4G SIM-swap request (new subscription, SIM swap or product advice) was routed to a team of
 * the province's sales force: on intake, or again when a team hands it on. {@code route} is
 * AREA_TEAM, RAPID_RESPONSE, LOCAL_AUTHORITY (quarantined area: the authority's contact is set)
 * or TRANSFERRED; {@code matchedAreaCode} is the area whose team took it.
 */
public record SimSwapRequestRouted(
        UUID eventId,
        Instant occurredAt,
        int version,
        String requestId,
        String msisdn,
        boolean otherNetwork,
        String requestType,
        String channel,
        String provinceCode,
        String districtCode,
        String wardCode,
        String teamCode,
        String teamKind,
        String route,
        String matchedAreaCode,
        String authorityName,
        String authorityPhone) implements CareEvent {

    public static final int VERSION = 1;

    @Override
    public String key() {
        return msisdn;
    }
}
