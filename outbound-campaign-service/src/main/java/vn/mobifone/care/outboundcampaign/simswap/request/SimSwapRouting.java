package vn.mobifone.care.outboundcampaign.simswap.request;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.mobifone.care.outboundcampaign.simswap.area.AreaLevel;
import vn.mobifone.care.outboundcampaign.simswap.team.TeamKind;
import vn.mobifone.care.platform.problem.BusinessRuleViolation;

/**
 * Where a request goes (seed 003 sections 2-3): to the team covering the customer's ward, else
 * the district, else the province's rapid-response team. A customer in a quarantined area is
 * reached only through the local authority, and the local sales staff, being inside the
 * quarantine themselves, hand over to the rapid-response team; so such a request goes straight
 * to the rapid-response team with the authority's contact. Among several teams on one area a
 * district sales team or store goes before an agent (agents support, seed 003 section 2a), then
 * the one with the shortest open queue.
 */
public final class SimSwapRouting {

    /** One area of the customer's address. */
    public record Stop(String areaCode, AreaLevel level, boolean quarantined, String authorityName, String authorityPhone) {
    }

    /** An active team that could take the request, with its open queue. */
    public record Candidate(String teamCode, TeamKind kind, String areaCode, long openRequests) {
    }

    public record Decision(String teamCode, Route route, String matchedAreaCode, String authorityName, String authorityPhone) {
    }

    private static final Comparator<Candidate> PREFERENCE = Comparator
            .comparing((Candidate c) -> c.kind() == TeamKind.AGENT)
            .thenComparingLong(Candidate::openRequests)
            .thenComparing(Candidate::teamCode);

    private SimSwapRouting() {
    }

    /**
     * @param chain         the address's areas, most specific first, ending with the province
     * @param covering      active non-rapid-response teams covering any area of the chain
     * @param rapidResponse the province's active rapid-response teams
     */
    public static Decision decide(List<Stop> chain, List<Candidate> covering, List<Candidate> rapidResponse) {
        Stop province = chain.get(chain.size() - 1);
        Optional<Stop> quarantine = chain.stream().filter(Stop::quarantined).findFirst();
        Optional<Candidate> rapid = rapidResponse.stream().min(PREFERENCE);
        if (quarantine.isPresent()) {
            Stop area = quarantine.get();
            Candidate team = rapid.orElseThrow(() -> new BusinessRuleViolation("no-rapid-response-team",
                    "Area " + area.areaCode() + " is quarantined and province " + province.areaCode()
                            + " has no active rapid-response team to serve it through the local authority"));
            return new Decision(team.teamCode(), Route.LOCAL_AUTHORITY, area.areaCode(), area.authorityName(), area.authorityPhone());
        }
        for (Stop stop : chain) {
            if (stop.level() == AreaLevel.PROVINCE) {
                break;
            }
            Optional<Candidate> local = covering.stream().filter(c -> c.areaCode().equals(stop.areaCode())).min(PREFERENCE);
            if (local.isPresent()) {
                return new Decision(local.get().teamCode(), Route.AREA_TEAM, stop.areaCode(), null, null);
            }
        }
        Candidate team = rapid.orElseThrow(() -> new BusinessRuleViolation("no-team-for-area",
                "No active team covers " + chain.get(0).areaCode() + " and province " + province.areaCode()
                        + " has no active rapid-response team"));
        return new Decision(team.teamCode(), Route.RAPID_RESPONSE, province.areaCode(), null, null);
    }
}
