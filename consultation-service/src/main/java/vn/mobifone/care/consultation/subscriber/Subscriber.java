package vn.mobifone.care.consultation.subscriber;

import java.time.LocalDate;
import java.util.List;
import vn.mobifone.care.platform.msisdn.Msisdn;

/**
 * A subscriber as consultation sees it, read from the lookup for one call.
 *
 * @param inBase                  false when the lookup does not know the number (404)
 * @param acknowledgementRequired the lookup withholds the record until the agent acknowledges the Decree-49 warning;
 *                                then only {@code decree49Complete}, {@code goldenNumber} and {@code missingIdentity} are known
 * @param otherNetworkInBase      held in the base but another network's now (ported out)
 * @param profile                 the lookup's profile, for rules that read more than the flags (null when withheld or not in the base)
 */
public record Subscriber(Msisdn msisdn, boolean inBase, boolean acknowledgementRequired, boolean decree49Complete, boolean goldenNumber,
        List<String> missingIdentity, boolean smartphone, boolean appInstalled, LocalDate appInstalledOn, boolean internalVip, boolean premium,
        boolean otherNetworkInBase, LookupAnswer.Profile profile) {

    static Subscriber notInBase(Msisdn msisdn) {
        return new Subscriber(msisdn, false, false, false, false, List.of(), false, false, null, false, false, false, null);
    }

    static Subscriber of(Msisdn msisdn, LookupAnswer answer) {
        LookupAnswer.Decree49 d = answer.decree49();
        boolean complete = d == null || d.complete();
        boolean golden = d != null && d.goldenNumber();
        List<String> missing = d == null || d.missing() == null ? List.of() : d.missing();
        LookupAnswer.Flags f = answer.flags();
        if (answer.acknowledgementRequired() || f == null) {
            return new Subscriber(msisdn, true, true, complete, golden, missing, false, false, null, false, false, false, null);
        }
        return new Subscriber(msisdn, true, false, complete, golden, missing, f.smartphone(), f.appInstalled(), f.appInstalledOn(),
                f.internalVip(), f.premium(), otherNetwork(answer), answer.profile());
    }

    /**
     * Another network's number: one the base does not hold, or one that ported out. Not a prefix
     * test: a number that ported in to MobiFone keeps its old prefix and is MobiFone's. A lookup
     * that states {@code portedIn} decides {@code otherNetwork} by the base, so the flag is trusted
     * then; from a lookup that does not, the flag is a prefix test and only {@code portedOut} counts.
     */
    public boolean otherNetwork() {
        return !inBase || otherNetworkInBase;
    }

    private static boolean otherNetwork(LookupAnswer answer) {
        LookupAnswer.Flags f = answer.flags();
        LookupAnswer.Profile p = answer.profile();
        if (Boolean.TRUE.equals(first(f.portedOut(), p == null ? null : p.portedOut()))) {
            return true;
        }
        Boolean portedIn = first(f.portedIn(), p == null ? null : p.portedIn());
        if (portedIn == null || portedIn) {
            return false;
        }
        return Boolean.TRUE.equals(first(f.otherNetwork(), p == null ? null : p.otherNetwork()));
    }

    private static Boolean first(Boolean a, Boolean b) {
        return a != null ? a : b;
    }
}
