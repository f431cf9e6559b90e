package vn.mobifone.care.subscriberlookup.decree49;

import java.util.List;
import vn.mobifone.care.subscriberlookup.subscriber.Subscriber;

/**
 * The Decree-49 block of a lookup: what is missing, and what the agent must tell the customer.
 * For an incomplete subscriber: {@code instructionsVi} is the seed's script for the customer's case
 * (read out), {@code instructions} its English, {@code informationUpdate} the 9090 guide through
 * the app's information update.
 */
public record Decree49Status(boolean complete, List<MissingIdentity> missing, boolean goldenNumber,
        Decree49Guidance guidance, String instructions, String instructionsVi, InformationUpdate informationUpdate) {

    public static Decree49Status of(Subscriber subscriber) {
        Decree49Check check = Decree49Check.of(subscriber.identityDocuments());
        boolean golden = GoldenNumber.test(subscriber.commitmentType, subscriber.company);
        if (check.complete()) {
            return new Decree49Status(true, List.of(), golden, null, null, null, null);
        }
        Decree49Guidance guidance = Decree49Guidance.forIncomplete(golden, subscriber.smartphone());
        String number = subscriber.number().national();
        return new Decree49Status(false, check.missing(), golden, guidance, guidance.instructions(number), guidance.instructionsVi(number),
                InformationUpdate.VIA_MY_MOBIFONE);
    }
}
