package vn.mobifone.care.outboundcampaign.simswap.request;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import vn.mobifone.care.contracts.events.SimSwapRequestRouted;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.outboundcampaign.simswap.team.TeamKind;
import vn.mobifone.care.platform.outbox.Outbox;

/** Tells the province's systems where a request went, in the transaction that routed it. */
@ApplicationScoped
public class RequestEvents {

    private final Outbox outbox;
    private final Clock clock;

    public RequestEvents(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    void routed(SimSwapRequest r, TeamKind teamKind) {
        outbox.publish(Topics.SIM_SWAP_REQUEST_ROUTED, new SimSwapRequestRouted(UUID.randomUUID(), clock.instant(),
                SimSwapRequestRouted.VERSION, r.id.toString(), r.msisdn.value(), r.otherNetwork, r.requestType.name(),
                r.channel.name(), r.provinceCode, r.districtCode, r.wardCode, r.teamCode, teamKind.name(), r.route.name(),
                r.matchedAreaCode, r.authorityName, r.authorityPhone));
    }
}
