package vn.mobifone.care.smsgateway.encoding;

import java.nio.charset.StandardCharsets;

/** How an SMS carries its text; the limits are per part, in septets (GSM 7) or UTF-16 units (UCS-2). */
public enum TextEncoding {

    GSM7((byte) 0x00, 160, 153),
    UCS2((byte) 0x08, 70, 67);

    private final byte dataCoding;
    private final int singlePartLimit;
    private final int concatenatedPartLimit;

    TextEncoding(byte dataCoding, int singlePartLimit, int concatenatedPartLimit) {
        this.dataCoding = dataCoding;
        this.singlePartLimit = singlePartLimit;
        this.concatenatedPartLimit = concatenatedPartLimit;
    }

    /** GSM 7 whenever every character fits, because it carries more than twice as much per part. */
    public static TextEncoding of(String text) {
        return Gsm7Alphabet.canEncode(text) ? GSM7 : UCS2;
    }

    public byte dataCoding() {
        return dataCoding;
    }

    public int singlePartLimit() {
        return singlePartLimit;
    }

    /** Less than a single part: the concatenation header takes 6 octets of each part. */
    public int concatenatedPartLimit() {
        return concatenatedPartLimit;
    }

    int units(char c) {
        return this == GSM7 ? Gsm7Alphabet.septets(c) : 1;
    }

    byte[] encode(String text) {
        return this == GSM7 ? Gsm7Alphabet.encode(text) : text.getBytes(StandardCharsets.UTF_16BE);
    }

    public String decode(byte[] payload) {
        return this == GSM7 ? Gsm7Alphabet.decode(payload) : new String(payload, StandardCharsets.UTF_16BE);
    }
}
