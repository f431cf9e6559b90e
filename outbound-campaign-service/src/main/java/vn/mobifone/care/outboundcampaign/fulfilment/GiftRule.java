package vn.mobifone.care.outboundcampaign.fulfilment;

import java.time.LocalDate;
import vn.mobifone.care.outboundcampaign.script.GiftChoice;
import vn.mobifone.care.platform.problem.InvalidInput;

/**
 * Seed 002, B2: the insurance gift becomes an e-policy the insurer sends within 2 working days
 * (from the vehicle registration data); a physical gift is delivered to the customer's address
 * within 30 days of the call when ARPU is at least 500,000 VND, otherwise the customer is sent the
 * address of the store of their district and collects it within 2 days.
 */
public final class GiftRule {

    public static final long HOME_DELIVERY_FROM_ARPU_VND = 500_000;

    public enum Fulfilment {
        E_POLICY, HOME_DELIVERY, STORE_PICKUP
    }

    public record Decision(Fulfilment fulfilment, LocalDate dueOn) {
    }

    private GiftRule() {
    }

    public static Decision decide(GiftChoice gift, long arpuVnd, LocalDate callDay, WorkingDays workingDays) {
        if (gift.kind() == GiftChoice.GiftKind.INSURANCE) {
            require(gift.vehicleRegistration(), "script.gift.vehicleRegistration", "the insurance gift needs the vehicle registration data");
            return new Decision(Fulfilment.E_POLICY, workingDays.plus(callDay, 2));
        }
        if (arpuVnd >= HOME_DELIVERY_FROM_ARPU_VND) {
            require(gift.deliveryAddress(), "script.gift.deliveryAddress", "a gift delivered at home needs the address");
            return new Decision(Fulfilment.HOME_DELIVERY, callDay.plusDays(30));
        }
        require(gift.district(), "script.gift.district", "a gift collected at a store needs the customer's district");
        return new Decision(Fulfilment.STORE_PICKUP, callDay.plusDays(2));
    }

    private static void require(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, message);
        }
    }
}
