package vn.mobifone.care.consultation.appinstall;

import java.util.Optional;
import vn.mobifone.care.consultation.subscriber.Subscriber;

/**
 * Who is consulted about the app (seed 000, "Đối tượng tư vấn"): every caller except those listed
 * there. The device and the app are the screen's own states ({@link BoxState}), not refusals.
 */
public final class Eligibility {

    /** Service questions belong on 1090; the seed tells the agent to transfer them. */
    static final Line SERVICE_LINE = Line.HOTLINE_1090;

    private Eligibility() {
    }

    public static Optional<Refusal> refusal(CallContext call, Subscriber subscriber) {
        if (subscriber.otherNetwork()) {
            return Optional.of(Refusal.of("other-network", "The caller's number is not a MobiFone subscription"
                    + (subscriber.inBase() ? " (ported out)" : "")));
        }
        return switch (call.reason()) {
            case COMPLAINT -> Optional.of(Refusal.of("customer-complaint", "The customer is complaining about MobiFone's service"));
            case LOST_PHONE, CUT_OFF -> Optional.of(Refusal.of("urgent-case", "The customer needs urgent help (lost phone, cut-off line)"));
            case MNP -> Optional.of(Refusal.of("mnp-question", "The customer asks about number portability"));
            case UNRELATED -> Optional.of(Refusal.of("unrelated-question", "The question is not about MobiFone's services"));
            default -> byLineAndFlags(call, subscriber);
        };
    }

    private static Optional<Refusal> byLineAndFlags(CallContext call, Subscriber subscriber) {
        // Premium customers (KHCC) are consulted on the toll-free line with priority (seed 001).
        if (call.line() == Line.HOTLINE_18001090 && call.reason() == CallReason.SERVICE_ENQUIRY && !subscriber.premium()) {
            return Optional.of(new Refusal("wrong-line", "A service question on 18001090: transfer the call to "
                    + SERVICE_LINE.number(), SERVICE_LINE.number()));
        }
        if (call.has(CallFlag.DIFFICULT_CUSTOMER)) {
            return Optional.of(Refusal.of("difficult-customer", "The agent marked the customer as difficult"));
        }
        if (call.has(CallFlag.HOT_PROMOTIONS_GIVEN)) {
            return Optional.of(Refusal.of("hot-promotions-given", "The hot promotions were already presented in this call"));
        }
        return Optional.empty();
    }
}
