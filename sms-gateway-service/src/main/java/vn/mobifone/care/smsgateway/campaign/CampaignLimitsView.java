package vn.mobifone.care.smsgateway.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record CampaignLimitsView(
        String campaignId,
        Integer smsPerSubscriber,
        Integer zaloPerSubscriber,
        List<LocalDate> sendDates,
        String updatedBy,
        Instant updatedAt) {
}
