package vn.mobifone.care.outboundcampaign.simswap.team;

import java.time.Instant;
import java.util.List;

public record TeamView(String code, String name, TeamKind kind, String provinceCode, String phone, String address,
        boolean active, List<String> coverage, String updatedBy, Instant updatedAt) {

    public static TeamView of(Team t) {
        return new TeamView(t.code, t.name, t.kind, t.provinceCode, t.phone, t.address, t.active,
                t.coverage.stream().sorted().toList(), t.updatedBy, t.updatedAt);
    }
}
