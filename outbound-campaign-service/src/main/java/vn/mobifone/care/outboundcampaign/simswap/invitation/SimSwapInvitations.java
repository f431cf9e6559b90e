package vn.mobifone.care.outboundcampaign.simswap.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.mobifone.care.contracts.events.SmsRequested;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.outbox.Outbox;

/**
 * Seed 003 section 2b: keep inviting the target subscribers by SMS, now telling them to call
 * 9090 or enter their request on the request page. The text is the gateway's template; it is
 * advertising (the customer did not ask for it), so the gateway holds it to the advertising window,
 * the opt-out list and the campaign's caps. The idempotency key is per campaign and number: a
 * batch sent twice invites nobody twice.
 */
@ApplicationScoped
public class SimSwapInvitations {

    public static final String TEMPLATE = "sim-4g-invitation";
    /** Below the default 5: a bulk invitation must not hold back messages a customer is waiting for. */
    private static final int PRIORITY = 2;

    private final Outbox outbox;
    private final Clock clock;

    public SimSwapInvitations(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public InvitationReport invite(InvitationRequest request) {
        Instant now = clock.instant();
        List<SmsRequested> commands = new ArrayList<>();
        List<Msisdn> skipped = new ArrayList<>();
        for (Msisdn msisdn : new LinkedHashSet<>(request.msisdns())) {
            if (!msisdn.isMobiFone()) {
                skipped.add(msisdn);
                continue;
            }
            commands.add(new SmsRequested(UUID.randomUUID(), now, SmsRequested.VERSION,
                    TEMPLATE + ":" + request.campaignId() + ":" + msisdn.value(), msisdn.value(), TEMPLATE, Map.of(), "SMS",
                    request.campaignId(), "ADVERTISING", PRIORITY, null));
        }
        outbox.publishAll(Topics.SMS_REQUESTED, commands);
        return new InvitationReport(request.campaignId(), TEMPLATE, commands.size(), skipped);
    }
}
