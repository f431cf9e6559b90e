package vn.mobifone.care.outboundcampaign.simswap.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.mobifone.care.outboundcampaign.simswap.area.Area;
import vn.mobifone.care.outboundcampaign.simswap.area.AreaLevel;
import vn.mobifone.care.outboundcampaign.simswap.team.Team;
import vn.mobifone.care.outboundcampaign.simswap.team.TeamKind;
import vn.mobifone.care.platform.problem.BusinessRuleViolation;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.problem.ResourceConflict;
import vn.mobifone.care.platform.problem.ResourceNotFound;

/**
 * Takes a request from any channel, routes it by the customer's address and announces where it
 * went; then the team's outcome, or its hand-over to another team. The request, its routing and
 * the event commit together.
 */
@ApplicationScoped
@Transactional
public class SimSwapIntake {

    private final RequestEvents events;
    private final EntityManager em;
    private final Clock clock;

    public SimSwapIntake(RequestEvents events, EntityManager em, Clock clock) {
        this.events = events;
        this.em = em;
        this.clock = clock;
    }

    public record Recorded(SimSwapRequest request, boolean created) {
    }

    public Recorded receive(IntakeRequest in, String actor) {
        String key = in.idempotencyKey().strip();
        // Two deliveries of one submission at once: the second waits here and then finds the first.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:key, 5))").setParameter("key", key).getSingleResult();
        SimSwapRequest existing = SimSwapRequest.find("idempotencyKey", key).firstResult();
        if (existing != null) {
            if (!existing.msisdn.equals(in.msisdn()) || existing.requestType != in.requestType() || existing.channel != in.channel()) {
                throw new ResourceConflict("idempotency-key-reused", "Idempotency key " + key + " was used for another request");
            }
            return new Recorded(existing, false);
        }
        boolean otherNetwork = !in.msisdn().isMobiFone();
        // Other networks' subscribers may come to MobiFone (seed 003 section 4), but only a MobiFone SIM can be swapped.
        if (otherNetwork && in.requestType() == RequestType.SIM_SWAP) {
            throw new BusinessRuleViolation("sim-swap-needs-mobifone-number",
                    in.msisdn().national() + " is not a MobiFone number; ask for a new subscription instead");
        }
        if (in.requestType() != RequestType.PRODUCT_ADVICE && isBlank(in.address().street())) {
            throw new InvalidInput("address.street", "is required: the customer is served at home");
        }
        List<Area> chain = chain(in.address());
        SimSwapRouting.Decision decision = SimSwapRouting.decide(stops(chain), covering(chain), rapidResponse(chain));

        SimSwapRequest r = new SimSwapRequest();
        r.id = UUID.randomUUID();
        r.idempotencyKey = key;
        r.channel = in.channel();
        r.requestType = in.requestType();
        r.msisdn = in.msisdn();
        r.otherNetwork = otherNetwork;
        r.customerName = blankToNull(in.customerName());
        r.provinceCode = codeAt(chain, AreaLevel.PROVINCE);
        r.districtCode = codeAt(chain, AreaLevel.DISTRICT);
        r.wardCode = codeAt(chain, AreaLevel.WARD);
        r.street = blankToNull(in.address().street());
        r.note = blankToNull(in.note());
        r.status = RequestStatus.OPEN;
        Instant now = clock.instant();
        r.receivedAt = now;
        r.receivedBy = actor;
        apply(r, decision, now);
        r.persist();
        events.routed(r, Team.<Team>findById(r.teamCode).kind);
        return new Recorded(r, true);
    }

    public SimSwapRequest recordOutcome(UUID id, OutcomeRequest in, String actor) {
        SimSwapRequest r = open(id);
        if (in.outcome() == RequestStatus.OPEN) {
            throw new InvalidInput("outcome", "must be SERVED_AT_HOME, SERVED_AT_STORE, UNREACHABLE or REFUSED");
        }
        if (in.outcome() == RequestStatus.REFUSED && isBlank(in.note())) {
            throw new InvalidInput("note", "the customer's reason is required for a refusal");
        }
        r.status = in.outcome();
        r.outcomeAt = clock.instant();
        r.outcomeBy = actor;
        r.outcomeNote = blankToNull(in.note());
        return r;
    }

    public SimSwapRequest transfer(UUID id, TransferRequest in, String actor) {
        SimSwapRequest r = open(id);
        Team team = Team.findById(in.teamCode().strip());
        if (team == null) {
            throw new InvalidInput("teamCode", "no team " + in.teamCode());
        }
        if (!team.active) {
            throw new BusinessRuleViolation("team-inactive", "Team " + team.code + " does not take requests");
        }
        if (!team.provinceCode.equals(r.provinceCode)) {
            throw new BusinessRuleViolation("team-of-another-province",
                    "Team " + team.code + " serves province " + team.provinceCode + ", the customer is in " + r.provinceCode);
        }
        if (team.code.equals(r.teamCode)) {
            throw new ResourceConflict("already-with-team", "The request is already with team " + team.code);
        }
        // The quarantine's authority stays with the request: whoever serves it still goes through them.
        apply(r, new SimSwapRouting.Decision(team.code, Route.TRANSFERRED, r.matchedAreaCode, r.authorityName, r.authorityPhone),
                clock.instant());
        r.note = appendNote(r.note, actor + ": " + in.reason().strip());
        events.routed(r, team.kind);
        return r;
    }

    private static void apply(SimSwapRequest r, SimSwapRouting.Decision decision, Instant at) {
        r.teamCode = decision.teamCode();
        r.route = decision.route();
        r.matchedAreaCode = decision.matchedAreaCode();
        r.authorityName = decision.authorityName();
        r.authorityPhone = decision.authorityPhone();
        r.routedAt = at;
    }

    /** The address's areas from the most specific code given; the wider codes given must contain it. */
    private List<Area> chain(Address address) {
        Area province = area("address.provinceCode", address.provinceCode(), AreaLevel.PROVINCE);
        Area district = isBlank(address.districtCode()) ? null : area("address.districtCode", address.districtCode(), AreaLevel.DISTRICT);
        Area ward = isBlank(address.wardCode()) ? null : area("address.wardCode", address.wardCode(), AreaLevel.WARD);
        if (ward != null && district == null) {
            district = Area.findById(ward.parentCode);
        }
        if (ward != null && !ward.parentCode.equals(district.code)) {
            throw new InvalidInput("address.wardCode", "ward " + ward.code + " is not in district " + district.code);
        }
        if (district != null && !district.parentCode.equals(province.code)) {
            throw new InvalidInput("address.districtCode", "district " + district.code + " is not in province " + province.code);
        }
        List<Area> chain = new ArrayList<>(3);
        if (ward != null) {
            chain.add(ward);
        }
        if (district != null) {
            chain.add(district);
        }
        chain.add(province);
        return chain;
    }

    private static Area area(String field, String code, AreaLevel level) {
        Area area = Area.findById(code.strip());
        if (area == null || area.level != level) {
            throw new InvalidInput(field, "no " + level.name().toLowerCase() + " " + code);
        }
        return area;
    }

    private static List<SimSwapRouting.Stop> stops(List<Area> chain) {
        return chain.stream()
                .map(a -> new SimSwapRouting.Stop(a.code, a.level, a.quarantined, a.authorityName, a.authorityPhone))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<SimSwapRouting.Candidate> covering(List<Area> chain) {
        List<String> codes = chain.stream().filter(a -> a.level != AreaLevel.PROVINCE).map(a -> a.code).toList();
        if (codes.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                SELECT t.code, t.kind, c.area_code,
                       (SELECT count(*) FROM sim_swap_request r WHERE r.team_code = t.code AND r.status = 'OPEN')
                FROM sim_swap_coverage c JOIN sim_swap_team t ON t.code = c.team_code
                WHERE t.active AND t.kind <> 'RAPID_RESPONSE' AND c.area_code IN (:codes)""")
                .setParameter("codes", codes).getResultList();
        return rows.stream().map(SimSwapIntake::candidate).toList();
    }

    @SuppressWarnings("unchecked")
    private List<SimSwapRouting.Candidate> rapidResponse(List<Area> chain) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT t.code, t.kind, t.province_code,
                       (SELECT count(*) FROM sim_swap_request r WHERE r.team_code = t.code AND r.status = 'OPEN')
                FROM sim_swap_team t
                WHERE t.active AND t.kind = 'RAPID_RESPONSE' AND t.province_code = :province""")
                .setParameter("province", chain.get(chain.size() - 1).code).getResultList();
        return rows.stream().map(SimSwapIntake::candidate).toList();
    }

    private static SimSwapRouting.Candidate candidate(Object[] row) {
        return new SimSwapRouting.Candidate((String) row[0], TeamKind.valueOf((String) row[1]), (String) row[2],
                ((Number) row[3]).longValue());
    }

    private static SimSwapRequest open(UUID id) {
        SimSwapRequest r = SimSwapRequest.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw new ResourceNotFound("SIM-swap request", id);
        }
        if (r.status != RequestStatus.OPEN) {
            throw new ResourceConflict("request-closed", "The request was closed as " + r.status + " at " + r.outcomeAt);
        }
        return r;
    }

    private static String codeAt(List<Area> chain, AreaLevel level) {
        return chain.stream().filter(a -> a.level == level).map(a -> a.code).findFirst().orElse(null);
    }

    private static String appendNote(String note, String line) {
        String joined = note == null ? line : note + "\n" + line;
        return joined.length() > 1000 ? joined.substring(joined.length() - 1000) : joined;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
