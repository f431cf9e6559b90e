package vn.mobifone.care.smsgateway.smpp;

import java.util.Set;

/** Which SMSC refusals pass with time (the SMSC is busy) and which never will (the request is wrong). */
public final class SmppStatus {

    public static final int MESSAGE_QUEUE_FULL = 0x14;
    public static final int THROTTLED = 0x58;
    private static final int SYSTEM_ERROR = 0x08;
    private static final int SUBMIT_FAILED = 0x45;

    private static final Set<Integer> TRANSIENT = Set.of(MESSAGE_QUEUE_FULL, THROTTLED, SYSTEM_ERROR, SUBMIT_FAILED);

    private SmppStatus() {
    }

    public static boolean isTransient(int commandStatus) {
        return TRANSIENT.contains(commandStatus);
    }

    /** A stable reason code for the message and the metrics: {@code smsc-status-0x00000058}. */
    public static String reason(int commandStatus) {
        return String.format("smsc-status-0x%08x", commandStatus);
    }
}
