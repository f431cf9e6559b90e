package vn.mobifone.care.consultation.appinstall;

import java.util.Set;

/** The call the agent is on, as the frontend sends it with every request. */
public record CallContext(String callId, Line line, CallReason reason, Set<CallFlag> flags) {

    public CallContext {
        reason = reason == null ? CallReason.SERVICE_ENQUIRY : reason;
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }

    boolean has(CallFlag flag) {
        return flags.contains(flag);
    }
}
