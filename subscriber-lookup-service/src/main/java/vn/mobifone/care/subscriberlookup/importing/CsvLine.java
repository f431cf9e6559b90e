package vn.mobifone.care.subscriberlookup.importing;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 fields of one line: quoted fields may hold commas and doubled quotes, not line breaks. */
final class CsvLine {

    private CsvLine() {
    }

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new RowRejected("unterminated quoted field");
        }
        fields.add(field.toString());
        return fields;
    }

    static void append(StringBuilder out, Object value) {
        if (value == null) {
            return;
        }
        String text = value.toString();
        if (text.isEmpty() || text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            // COPY reads an unquoted empty field as NULL; a present but empty text must be quoted.
            out.append('"').append(text.replace("\"", "\"\"")).append('"');
        } else {
            out.append(text);
        }
    }
}
