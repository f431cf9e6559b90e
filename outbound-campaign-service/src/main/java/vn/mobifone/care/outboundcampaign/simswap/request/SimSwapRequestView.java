package vn.mobifone.care.outboundcampaign.simswap.request;

import java.time.Instant;
import java.util.UUID;
import vn.mobifone.care.platform.msisdn.Msisdn;

public record SimSwapRequestView(UUID id, String idempotencyKey, IntakeChannel channel, RequestType requestType, Msisdn msisdn,
        boolean otherNetwork, String customerName, Address address, String note, String teamCode, Route route,
        String matchedAreaCode, String authorityName, String authorityPhone, RequestStatus status, Instant receivedAt,
        String receivedBy, Instant routedAt, Instant outcomeAt, String outcomeBy, String outcomeNote) {

    public static SimSwapRequestView of(SimSwapRequest r) {
        return new SimSwapRequestView(r.id, r.idempotencyKey, r.channel, r.requestType, r.msisdn, r.otherNetwork, r.customerName,
                new Address(r.provinceCode, r.districtCode, r.wardCode, r.street), r.note, r.teamCode, r.route, r.matchedAreaCode,
                r.authorityName, r.authorityPhone, r.status, r.receivedAt, r.receivedBy, r.routedAt, r.outcomeAt, r.outcomeBy,
                r.outcomeNote);
    }
}
