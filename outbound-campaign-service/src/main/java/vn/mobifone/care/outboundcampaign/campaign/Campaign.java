package vn.mobifone.care.outboundcampaign.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A campaign as stored and answered. */
@Schema(name = "Campaign")
public record Campaign(
        UUID id,
        CampaignType type,
        String name,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalTime windowStart,
        LocalTime windowEnd,
        TargetingRules targeting,
        DiallingRules dialling,
        String createdBy,
        Instant createdAt) {

    /**
     * Customers are called in their own local time. Every MobiFone subscriber's area is in
     * Vietnam, which keeps one zone all year, so that is the zone of every lead.
     */
    public static final ZoneId CUSTOMER_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public boolean runsOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /** Whether a call may be placed at this moment: inside the period and the customer's calling window. */
    public boolean mayCallAt(Instant moment) {
        ZonedDateTime local = moment.atZone(CUSTOMER_ZONE);
        LocalTime time = local.toLocalTime();
        return runsOn(local.toLocalDate()) && !time.isBefore(windowStart) && time.isBefore(windowEnd);
    }
}
