package vn.mobifone.care.smsgateway.encoding;

/**
 * The user data header that lets a handset join the parts of a long SMS (3GPP TS 23.040,
 * information element 0x00, 8-bit reference). The reference is kept per message, so a part sent
 * again after a retry still joins the parts sent before.
 */
public final class ConcatenationHeader {

    private ConcatenationHeader() {
    }

    public static byte[] prepend(int reference, int total, int sequence, byte[] payload) {
        byte[] out = new byte[6 + payload.length];
        out[0] = 0x05;
        out[1] = 0x00;
        out[2] = 0x03;
        out[3] = (byte) reference;
        out[4] = (byte) total;
        out[5] = (byte) sequence;
        System.arraycopy(payload, 0, out, 6, payload.length);
        return out;
    }
}
