package vn.mobifone.care.smsgateway.encoding;

import java.util.List;

/** A text ready for SMPP: its encoding and the payload of each part, without headers. */
public record SplitText(TextEncoding encoding, List<byte[]> parts) {

    public int partCount() {
        return parts.size();
    }
}
