package vn.mobifone.care.subscriberlookup.lookup;

import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.subscriberlookup.decree49.Decree49Status;

/**
 * The answer of a lookup. While a Decree-49 warning waits for the agent's acknowledgement,
 * {@code flags} and {@code profile} are absent: only the warning and its guidance are disclosed.
 */
public record SubscriberLookupView(Msisdn msisdn, String nationalNumber, Decree49Status decree49,
        boolean acknowledgementRequired, SubscriberFlags flags, SubscriberProfile profile) {

    static SubscriberLookupView withheld(Msisdn msisdn, Decree49Status decree49) {
        return new SubscriberLookupView(msisdn, msisdn.national(), decree49, true, null, null);
    }

    static SubscriberLookupView shown(Msisdn msisdn, Decree49Status decree49, SubscriberFlags flags, SubscriberProfile profile) {
        return new SubscriberLookupView(msisdn, msisdn.national(), decree49, false, flags, profile);
    }
}
