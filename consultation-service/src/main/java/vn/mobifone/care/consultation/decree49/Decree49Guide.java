package vn.mobifone.care.consultation.decree49;

import java.util.List;
import vn.mobifone.care.consultation.Script;
import vn.mobifone.care.consultation.subscriber.Subscriber;

/**
 * Which scenario of the seed's script applies, and its texts. On 1090 the subscriber decides:
 * complete, golden number, smartphone or not. On 9090 the customer is asking how to update, and
 * the seed answers with the app steps whatever the device.
 */
final class Decree49Guide {

    static final String LINE_1090 = "1090";
    static final String LINE_9090 = "9090";

    private Decree49Guide() {
    }

    static Decree49Guidance guide(Subscriber s, String line) {
        if (LINE_9090.equals(line)) {
            return guidance(s, line, Decree49Scenario.UPDATE_REQUEST_9090, Decree49Script.UPDATE_9090, Decree49Script.APP_STEPS_9090,
                    List.of(Decree49Script.APPROVAL_48H, Decree49Script.COMPLAINT));
        }
        if (s.decree49Complete()) {
            return guidance(s, line, Decree49Scenario.COMPLETE, Decree49Script.CONTINUE, List.of(), List.of());
        }
        if (s.goldenNumber()) {
            return guidance(s, line, Decree49Scenario.GOLDEN_NUMBER_MAIN_STORE, Decree49Script.MAIN_STORE, List.of(), List.of());
        }
        if (s.smartphone()) {
            return guidance(s, line, Decree49Scenario.UPDATE_IN_APP, Decree49Script.MISSING_DOCUMENTS, Decree49Script.APP_STEPS,
                    List.of(Decree49Script.APP_CLOSING));
        }
        return guidance(s, line, Decree49Scenario.FEATURE_PHONE_STORE, Decree49Script.MISSING_DOCUMENTS, List.of(),
                List.of(Decree49Script.FEATURE_PHONE, Decree49Script.CALL_9090));
    }

    private static Decree49Guidance guidance(Subscriber s, String line, Decree49Scenario scenario, Script say, List<Step> steps,
            List<Script> notes) {
        return new Decree49Guidance(s.msisdn(), line, scenario, s.decree49Complete(), s.goldenNumber(), s.smartphone(), s.missingIdentity(),
                say, steps, notes);
    }
}
