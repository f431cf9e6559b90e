package vn.mobifone.care.itticket.ticket;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import vn.mobifone.care.platform.problem.ResourceConflict;
import vn.mobifone.care.platform.security.Roles;

/**
 * Who may act on a ticket where it stands (seed 004 §1 and §2). A tier holds only the levels the
 * seed gives it: 1 the front line (agent, AM/KAM), 2 the regional company's product room, 3-4 the
 * IT centre, 4 with the specialised units; a reopened ticket (step 1.5) is the IT centre's whatever
 * its level. The people of the tier that holds a ticket work, escalate and resolve it; the
 * receiving front line answers the customer, records a reopening and closes (steps 1.3 and 3.1).
 */
public final class TierAuthority {

    /** Agents are the front line; supervisors lead the regional company (front line and product room); ops is the IT centre. */
    private static final Map<String, Set<Tier>> TIERS_OF_ROLE = Map.of(
            Roles.AGENT, EnumSet.of(Tier.FRONT_LINE),
            Roles.SUPERVISOR, EnumSet.of(Tier.FRONT_LINE, Tier.PRODUCT_ROOM),
            Roles.OPS, EnumSet.of(Tier.IT_CENTRE, Tier.SPECIALISED_UNITS));

    private TierAuthority() {
    }

    public static Set<Tier> tiersOf(Set<String> roles) {
        Set<Tier> tiers = EnumSet.noneOf(Tier.class);
        roles.forEach(role -> tiers.addAll(TIERS_OF_ROLE.getOrDefault(role, Set.of())));
        return tiers;
    }

    public static boolean holds(Tier tier, int level, boolean reopened) {
        return switch (tier) {
            case FRONT_LINE -> level == 1;
            case PRODUCT_ROOM -> level == 2;
            case IT_CENTRE -> level >= 3 || reopened;
            case SPECIALISED_UNITS -> level == 4;
        };
    }

    /** The tier whose people take {@code action} on a ticket held by {@code holder}. */
    public static Tier actingTier(TicketAction action, Tier holder) {
        return switch (action) {
            case ANSWER_CUSTOMER, REOPEN, CLOSE -> Tier.FRONT_LINE;
            default -> holder;
        };
    }

    /** Refuses (403) a caller whose roles are not of the tier that takes the action. */
    public static void requireActingTier(TicketAction action, Tier holder, Set<Tier> callerTiers) {
        Tier acting = actingTier(action, holder);
        if (!callerTiers.contains(acting)) {
            throw new TierForbidden("ticket-held-by-another-tier",
                    action + " on a ticket held by " + holder + " is for the " + acting + ", not for " + describe(callerTiers));
        }
    }

    /** Refuses (409) to work on or resolve a ticket at a tier that does not hold its level: it has to be escalated first. */
    public static void requireHeld(TicketAction action, Tier tier, int level, boolean reopened) {
        if ((action == TicketAction.START_WORK || action == TicketAction.RESOLVE) && !holds(tier, level, reopened)) {
            throw new ResourceConflict("level-not-held-by-tier",
                    "Level " + level + " requests are not handled by the " + tier + ": escalate the ticket");
        }
    }

    /** Refuses (409) a reclassification below what the tier holding the ticket handles: no tier would be left to resolve it. */
    public static void requireReachable(Tier tier, int level, boolean reopened) {
        int lowest = switch (tier) {
            case FRONT_LINE -> 1;
            case PRODUCT_ROOM -> 2;
            case IT_CENTRE -> reopened ? 1 : 3;
            case SPECIALISED_UNITS -> 4;
        };
        if (level < lowest) {
            throw new ResourceConflict("level-below-tier",
                    "A ticket held by the " + tier + " cannot be reclassified to level " + level);
        }
    }

    private static String describe(Set<Tier> tiers) {
        return tiers.isEmpty() ? "a caller of no tier" : tiers.toString();
    }
}
