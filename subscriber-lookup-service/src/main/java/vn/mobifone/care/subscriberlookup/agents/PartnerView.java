package vn.mobifone.care.subscriberlookup.agents;

import java.time.Instant;

public record PartnerView(String id, String name, Instant createdAt, String createdBy) {

    static PartnerView of(Partner p) {
        return new PartnerView(p.id, p.name, p.createdAt, p.createdBy);
    }
}
