package vn.mobifone.care.smsgateway.encoding;

import java.io.ByteArrayOutputStream;

/**
 * The GSM 03.38 default alphabet: what a 7-bit SMS can carry. Extension characters ({@code €},
 * {@code [}, {@code ^}...) take an escape plus their code, so they count two septets. Encoded
 * unpacked, one septet per octet, as SMPP carries data_coding 0.
 */
public final class Gsm7Alphabet {

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION_CHARS = "\f^{}\\[~]|€";
    private static final byte[] EXTENSION_CODES = {0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65};
    private static final byte ESCAPE = 0x1B;

    private Gsm7Alphabet() {
    }

    public static boolean canEncode(String text) {
        return text.chars().allMatch(c -> c != ESCAPE && (BASIC.indexOf(c) >= 0 || EXTENSION_CHARS.indexOf(c) >= 0));
    }

    /** Septets of one character: 1 basic, 2 extension. */
    public static int septets(char c) {
        return EXTENSION_CHARS.indexOf(c) >= 0 ? 2 : 1;
    }

    public static int septets(String text) {
        return text.chars().map(c -> septets((char) c)).sum();
    }

    public static byte[] encode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 8);
        for (char c : text.toCharArray()) {
            int extension = EXTENSION_CHARS.indexOf(c);
            if (extension >= 0) {
                out.write(ESCAPE);
                out.write(EXTENSION_CODES[extension]);
            } else {
                int basic = BASIC.indexOf(c);
                if (basic < 0 || c == ESCAPE) {
                    throw new IllegalArgumentException("Not in the GSM 7-bit alphabet: U+" + Integer.toHexString(c));
                }
                out.write(basic);
            }
        }
        return out.toByteArray();
    }

    public static String decode(byte[] septets) {
        StringBuilder text = new StringBuilder(septets.length);
        for (int i = 0; i < septets.length; i++) {
            int code = septets[i] & 0x7F;
            if (code == ESCAPE && i + 1 < septets.length) {
                byte next = septets[++i];
                text.append(extensionChar(next));
            } else {
                text.append(BASIC.charAt(code));
            }
        }
        return text.toString();
    }

    private static char extensionChar(byte code) {
        for (int i = 0; i < EXTENSION_CODES.length; i++) {
            if (EXTENSION_CODES[i] == code) {
                return EXTENSION_CHARS.charAt(i);
            }
        }
        return ' ';
    }
}
