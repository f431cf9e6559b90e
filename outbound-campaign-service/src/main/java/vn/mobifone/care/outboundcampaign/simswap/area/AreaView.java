package vn.mobifone.care.outboundcampaign.simswap.area;

import java.time.Instant;

public record AreaView(String code, AreaLevel level, String parentCode, String name, boolean quarantined,
        String authorityName, String authorityPhone, String quarantineNote, Instant quarantinedSince,
        String updatedBy, Instant updatedAt) {

    public static AreaView of(Area a) {
        return new AreaView(a.code, a.level, a.parentCode, a.name, a.quarantined, a.authorityName, a.authorityPhone,
                a.quarantineNote, a.quarantinedSince, a.updatedBy, a.updatedAt);
    }
}
