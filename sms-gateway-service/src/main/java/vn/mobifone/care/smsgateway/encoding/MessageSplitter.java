package vn.mobifone.care.smsgateway.encoding;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into the SMS parts it travels in: one part up to 160 septets (GSM 7) or 70 units
 * (UCS-2), otherwise parts of 153 / 67 so that each leaves room for the concatenation header.
 * A part never ends inside an escape sequence or a surrogate pair, so every part decodes alone.
 */
public final class MessageSplitter {

    /** Ten parts is where operators stop concatenating marketing and care texts. */
    public static final int MAX_PARTS = 10;

    private MessageSplitter() {
    }

    public static SplitText split(String text) {
        TextEncoding encoding = TextEncoding.of(text);
        int units = units(text, encoding);
        if (units <= encoding.singlePartLimit()) {
            return new SplitText(encoding, List.of(encoding.encode(text)));
        }
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int size = encoding.units(c);
            boolean pairStart = Character.isHighSurrogate(c) && i + 1 < text.length();
            int needed = pairStart ? size + 1 : size;
            if (used + needed > encoding.concatenatedPartLimit()) {
                parts.add(encoding.encode(text.substring(start, i)));
                start = i;
                used = 0;
            }
            used += size;
        }
        parts.add(encoding.encode(text.substring(start)));
        return new SplitText(encoding, parts);
    }

    /** Part count without encoding, for the accepted response. */
    public static int partCount(String text) {
        return split(text).parts().size();
    }

    private static int units(String text, TextEncoding encoding) {
        int total = 0;
        for (int i = 0; i < text.length(); i++) {
            total += encoding.units(text.charAt(i));
        }
        return total;
    }
}
