package vn.mobifone.care.subscriberlookup.importing;

import java.util.List;
import vn.mobifone.care.platform.csv.CsvFields;

/** A billing export line's fields (the platform's {@link CsvFields}) and a field written back for COPY. */
final class CsvLine {

    private CsvLine() {
    }

    static List<String> split(String line) {
        List<String> fields = CsvFields.split(line);
        if (fields == null) {
            throw new RowRejected("unterminated quoted field");
        }
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
