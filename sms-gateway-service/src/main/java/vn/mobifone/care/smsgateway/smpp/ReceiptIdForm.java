package vn.mobifone.care.smsgateway.smpp;

import java.math.BigInteger;
import java.util.Locale;

/**
 * How an SMSC account writes a message id in its receipts against the id its submit_sm_resp gave.
 * SMPP 3.4 leaves the receipt text informal, and SMSCs differ: the same message is {@code a6d73c2}
 * in the response and {@code id:174945218} in the receipt, or {@code 0000A1} against {@code a1}.
 * Both sides are brought to one key before they are stored, so a receipt joins its part by plain
 * equality in the database. The key keeps the response's base, so a part shows the id the SMSC
 * knows it by (up to case and leading zeros where the form ignores them).
 */
public enum ReceiptIdForm {

    /** The same string on both sides. */
    AS_IS {
        @Override
        String part(String id) {
            return id;
        }
    },
    /** The same id, in either case (hex ids, mostly). */
    IGNORE_CASE {
        @Override
        String part(String id) {
            return id.toLowerCase(Locale.ROOT);
        }
    },
    /** The same id, padded with zeros on one side. */
    IGNORE_LEADING_ZEROS {
        @Override
        String part(String id) {
            return stripZeros(id);
        }
    },
    /** Hex in submit_sm_resp, decimal in the receipt (jsmpp's simulator, several vendors). */
    HEX_RESPONSE_DECIMAL_RECEIPT {
        @Override
        String part(String id) {
            return stripZeros(id.toLowerCase(Locale.ROOT));
        }

        @Override
        String receipt(String id) {
            return convert(id, 10, 16);
        }
    },
    /** Decimal in submit_sm_resp, hex in the receipt. */
    DECIMAL_RESPONSE_HEX_RECEIPT {
        @Override
        String part(String id) {
            return stripZeros(id);
        }

        @Override
        String receipt(String id) {
            return convert(id, 16, 10);
        }
    };

    /** The key of an id as submit_sm_resp (or a receipted_message_id) gives it. */
    abstract String part(String id);

    /** The key of an id as a receipt's text gives it. */
    String receipt(String id) {
        return part(id);
    }

    public String keyOfResponseId(String id) {
        return id == null ? null : part(id.trim());
    }

    public String keyOfReceiptId(String id) {
        return id == null ? null : receipt(id.trim());
    }

    private static String stripZeros(String id) {
        int i = 0;
        while (i < id.length() - 1 && id.charAt(i) == '0') {
            i++;
        }
        return id.substring(i);
    }

    /** An id that is not a number in the receipt's base stays as it is: it will match nothing and expire. */
    final String convert(String id, int from, int to) {
        try {
            return new BigInteger(id, from).toString(to);
        } catch (NumberFormatException e) {
            return part(id);
        }
    }
}
