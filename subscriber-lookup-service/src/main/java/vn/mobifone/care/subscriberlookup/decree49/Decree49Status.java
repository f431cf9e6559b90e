package vn.mobifone.care.subscriberlookup.decree49;

import java.util.List;
import vn.mobifone.care.subscriberlookup.subscriber.Subscriber;

/** The Decree-49 block of a lookup: what is missing, and what the agent must tell the customer. */
public record Decree49Status(boolean complete, List<MissingIdentity> missing, boolean goldenNumber,
        Decree49Guidance guidance, String instructions) {

    public static Decree49Status of(Subscriber subscriber) {
        Decree49Check check = Decree49Check.of(subscriber.identityDocuments());
        boolean golden = GoldenNumber.test(subscriber.commitmentType, subscriber.company);
        if (check.complete()) {
            return new Decree49Status(true, List.of(), golden, null, null);
        }
        Decree49Guidance guidance = Decree49Guidance.forIncomplete(golden, subscriber.smartphone());
        return new Decree49Status(false, check.missing(), golden, guidance, guidance.instructions());
    }
}
