package vn.mobifone.care.itticket.ticket;

import vn.mobifone.care.platform.problem.BusinessRuleViolation;

/**
 * Where a ticket goes (seed 004 steps 1.4 and 1.5): on escalation the front line hands everything
 * above level 1 to the product room, the product room hands levels 3-4 to the IT centre, and the
 * IT centre brings in specialised units for level 4. A customer not satisfied with an answer
 * sends the ticket straight to the IT centre whatever its level.
 */
public final class TierRouting {

    private TierRouting() {
    }

    public static Tier escalate(Tier from, int level) {
        return switch (from) {
            case FRONT_LINE -> {
                if (level == 1) {
                    throw new BusinessRuleViolation("level-1-answered-at-front-line",
                            "Level 1 questions are answered by the front line at once");
                }
                yield Tier.PRODUCT_ROOM;
            }
            case PRODUCT_ROOM -> {
                if (level < 3) {
                    throw new BusinessRuleViolation("handled-by-product-room",
                            "Level " + level + " requests are answered by the product room");
                }
                yield Tier.IT_CENTRE;
            }
            case IT_CENTRE -> {
                if (level < 4) {
                    throw new BusinessRuleViolation("specialised-units-only-for-level-4",
                            "Only level 4 requests involve specialised units or partners");
                }
                yield Tier.SPECIALISED_UNITS;
            }
            case SPECIALISED_UNITS -> throw new BusinessRuleViolation("highest-tier", "The ticket is already at the highest tier");
        };
    }

    /** Step 1.5: an answer the customer is not satisfied with goes to the IT centre; a ticket already there stays. */
    public static Tier reopen(Tier from) {
        return from == Tier.SPECIALISED_UNITS ? Tier.SPECIALISED_UNITS : Tier.IT_CENTRE;
    }
}
