package vn.mobifone.care.smsgateway.campaign;

import java.time.LocalDate;
import java.util.List;
import vn.mobifone.care.smsgateway.message.Channel;

/**
 * What one campaign allows its outreach (ADVERTISING messages with its id): messages per
 * subscriber per channel (seed 002: 2 SMS, 1 Zalo; null for no cap) and the days it sends on
 * (seed 002: 28/10 and 30/10; empty for any day). CARE messages are never held to them.
 */
public record CampaignLimits(Integer smsPerSubscriber, Integer zaloPerSubscriber, List<LocalDate> sendDates) {

    public CampaignLimits {
        sendDates = sendDates == null ? List.of() : sendDates.stream().distinct().sorted().toList();
    }

    /** The cap of the channel, or null when the campaign sets none. */
    public Integer capFor(Channel channel) {
        return channel == Channel.SMS ? smsPerSubscriber : zaloPerSubscriber;
    }
}
