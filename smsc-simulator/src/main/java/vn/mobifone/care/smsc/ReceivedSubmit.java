package vn.mobifone.care.smsc;

import java.time.Instant;

/**
 * A submit_sm the simulator accepted, as it arrived on the wire: the payload stays in its data
 * coding (GSM 7-bit unpacked or UCS-2) with the concatenation header split off.
 *
 * @param concatReference 0 for a single-part message
 */
public record ReceivedSubmit(
        String messageId,
        String systemId,
        String source,
        String destination,
        byte dataCoding,
        int concatReference,
        int concatTotal,
        int concatSequence,
        byte[] payload,
        Instant receivedAt) {

    static final byte UCS2 = 0x08;

    public boolean ucs2() {
        return dataCoding == UCS2;
    }
}
