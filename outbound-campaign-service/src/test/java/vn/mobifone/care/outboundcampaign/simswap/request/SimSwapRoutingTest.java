package vn.mobifone.care.outboundcampaign.simswap.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.outboundcampaign.simswap.area.AreaLevel;
import vn.mobifone.care.outboundcampaign.simswap.request.SimSwapRouting.Candidate;
import vn.mobifone.care.outboundcampaign.simswap.request.SimSwapRouting.Decision;
import vn.mobifone.care.outboundcampaign.simswap.request.SimSwapRouting.Stop;
import vn.mobifone.care.outboundcampaign.simswap.team.TeamKind;
import vn.mobifone.care.platform.problem.BusinessRuleViolation;

class SimSwapRoutingTest {

    private static final Stop WARD = new Stop("31117", AreaLevel.WARD, false, null, null);
    private static final Stop DISTRICT = new Stop("916", AreaLevel.DISTRICT, false, null, null);
    private static final Stop PROVINCE = new Stop("92", AreaLevel.PROVINCE, false, null, null);
    private static final List<Stop> ADDRESS = List.of(WARD, DISTRICT, PROVINCE);
    private static final Candidate RAPID = new Candidate("PUN-CT", TeamKind.RAPID_RESPONSE, "92", 40);

    @Test
    void theWardsTeamGoesBeforeTheDistrictsAndTheRapidResponseTeam() {
        Decision d = SimSwapRouting.decide(ADDRESS,
                List.of(candidate("TBH-NK", TeamKind.SALES_TEAM, "916", 0), candidate("CH-AH", TeamKind.STORE, "31117", 9)),
                List.of(RAPID));
        assertThat(d.teamCode()).isEqualTo("CH-AH");
        assertThat(d.route()).isEqualTo(Route.AREA_TEAM);
        assertThat(d.matchedAreaCode()).isEqualTo("31117");
        assertThat(d.authorityName()).isNull();
    }

    @Test
    void withoutAWardTeamTheDistrictsTeamServes() {
        Decision d = SimSwapRouting.decide(ADDRESS, List.of(candidate("TBH-NK", TeamKind.SALES_TEAM, "916", 3)), List.of(RAPID));
        assertThat(d.teamCode()).isEqualTo("TBH-NK");
        assertThat(d.matchedAreaCode()).isEqualTo("916");
    }

    @Test
    void withoutAnyLocalTeamTheProvincesRapidResponseTeamServes() {
        Decision d = SimSwapRouting.decide(ADDRESS, List.of(), List.of(RAPID));
        assertThat(d.teamCode()).isEqualTo("PUN-CT");
        assertThat(d.route()).isEqualTo(Route.RAPID_RESPONSE);
        assertThat(d.matchedAreaCode()).isEqualTo("92");
    }

    @Test
    void anAddressGivenOnlyToTheDistrictSkipsWardTeams() {
        Decision d = SimSwapRouting.decide(List.of(DISTRICT, PROVINCE),
                List.of(candidate("CH-AH", TeamKind.STORE, "31117", 0), candidate("TBH-NK", TeamKind.SALES_TEAM, "916", 5)),
                List.of(RAPID));
        assertThat(d.teamCode()).isEqualTo("TBH-NK");
    }

    @Test
    void anAgentOnlySupportsAStoreOrSalesTeamOfTheSameArea() {
        Decision d = SimSwapRouting.decide(ADDRESS,
                List.of(candidate("DL-MP", TeamKind.AGENT, "31117", 0), candidate("CH-AH", TeamKind.STORE, "31117", 12)),
                List.of(RAPID));
        assertThat(d.teamCode()).isEqualTo("CH-AH");
        Decision onlyAgent = SimSwapRouting.decide(ADDRESS, List.of(candidate("DL-MP", TeamKind.AGENT, "31117", 0)), List.of(RAPID));
        assertThat(onlyAgent.teamCode()).isEqualTo("DL-MP");
    }

    @Test
    void betweenTeamsOfOneKindOnOneAreaTheShorterQueueWins() {
        Decision d = SimSwapRouting.decide(ADDRESS,
                List.of(candidate("CH-A", TeamKind.STORE, "31117", 4), candidate("CH-B", TeamKind.STORE, "31117", 2)),
                List.of(RAPID));
        assertThat(d.teamCode()).isEqualTo("CH-B");
    }

    @Test
    void aQuarantinedWardGoesToTheRapidResponseTeamThroughItsAuthority() {
        Stop quarantined = new Stop("31117", AreaLevel.WARD, true, "UBND Phường An Hòa", "0292 3820 111");
        Decision d = SimSwapRouting.decide(List.of(quarantined, DISTRICT, PROVINCE),
                List.of(candidate("CH-AH", TeamKind.STORE, "31117", 0)), List.of(RAPID));
        assertThat(d.teamCode()).isEqualTo("PUN-CT");
        assertThat(d.route()).isEqualTo(Route.LOCAL_AUTHORITY);
        assertThat(d.matchedAreaCode()).isEqualTo("31117");
        assertThat(d.authorityName()).isEqualTo("UBND Phường An Hòa");
        assertThat(d.authorityPhone()).isEqualTo("0292 3820 111");
    }

    @Test
    void aQuarantinedDistrictHoldsEveryWardInIt() {
        Stop quarantined = new Stop("916", AreaLevel.DISTRICT, true, "UBND Quận Ninh Kiều", "0292 3821 000");
        Decision d = SimSwapRouting.decide(List.of(WARD, quarantined, PROVINCE),
                List.of(candidate("CH-AH", TeamKind.STORE, "31117", 0)), List.of(RAPID));
        assertThat(d.route()).isEqualTo(Route.LOCAL_AUTHORITY);
        assertThat(d.matchedAreaCode()).isEqualTo("916");
        assertThat(d.authorityName()).isEqualTo("UBND Quận Ninh Kiều");
    }

    @Test
    void nobodyToServeIsRefusedWithItsReason() {
        assertThatThrownBy(() -> SimSwapRouting.decide(ADDRESS, List.of(), List.of()))
                .isInstanceOf(BusinessRuleViolation.class).extracting("reason").isEqualTo("no-team-for-area");
        Stop quarantined = new Stop("31117", AreaLevel.WARD, true, "UBND Phường An Hòa", "0292 3820 111");
        assertThatThrownBy(() -> SimSwapRouting.decide(List.of(quarantined, DISTRICT, PROVINCE),
                List.of(candidate("CH-AH", TeamKind.STORE, "31117", 0)), List.of()))
                .isInstanceOf(BusinessRuleViolation.class).extracting("reason").isEqualTo("no-rapid-response-team");
    }

    private static Candidate candidate(String team, TeamKind kind, String area, long open) {
        return new Candidate(team, kind, area, open);
    }
}
