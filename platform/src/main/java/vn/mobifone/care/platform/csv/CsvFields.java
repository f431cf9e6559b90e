package vn.mobifone.care.platform.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields of one CSV line as RFC 4180 reads them: a field that starts with a quote may hold
 * commas and doubled quotes, not line breaks. The files the suite takes (billing exports, agent
 * rosters, sales areas) hold one record per line, so a line is split on its own.
 */
public final class CsvFields {

    private CsvFields() {
    }

    /** The fields, or null when a quoted field is not closed on the line; each caller says so in its own report. */
    public static List<String> split(String line) {
        // Room for a billing export's 30 fields at once: grown from the default ten, the list was
        // copied twice a line, a fifth of a million-line import's parsing.
        List<String> fields = new ArrayList<>(32);
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
            return null;
        }
        fields.add(field.toString());
        return fields;
    }
}
