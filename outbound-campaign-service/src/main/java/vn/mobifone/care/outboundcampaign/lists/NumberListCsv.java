package vn.mobifone.care.outboundcampaign.lists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.problem.InvalidInput;

/**
 * A list of numbers as the regional companies export it: an optional {@code msisdn} header, then
 * one number a line in any written form (further columns, such as a note, are ignored). Blank
 * lines are skipped; a line that is not a number is reported, the others are kept.
 */
public final class NumberListCsv {

    /** Lines reported at most; the count of rejected lines is always complete. */
    static final int MAX_REPORTED = 1000;

    private NumberListCsv() {
    }

    public record Parsed(long linesRead, Set<String> numbers, long rejected, List<ListUpload.LineError> errors) {
    }

    public static Parsed parse(Reader source) {
        BufferedReader lines = new BufferedReader(source);
        Set<String> numbers = new LinkedHashSet<>();
        List<ListUpload.LineError> errors = new ArrayList<>();
        long read = 0;
        long rejected = 0;
        long lineNumber = 0;
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                String first = firstField(line.replace("\uFEFF", ""));
                if (first.isEmpty() || (lineNumber == 1 && first.equalsIgnoreCase("msisdn"))) {
                    continue;
                }
                read++;
                try {
                    numbers.add(Msisdn.parse(first).value());
                } catch (InvalidInput e) {
                    rejected++;
                    if (errors.size() < MAX_REPORTED) {
                        errors.add(new ListUpload.LineError(lineNumber, "'" + abbreviate(first) + "' is not a phone number: " + e.getMessage()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The list upload broke off", e);
        }
        return new Parsed(read, numbers, rejected, errors);
    }

    private static String firstField(String line) {
        int comma = line.indexOf(',');
        String field = (comma < 0 ? line : line.substring(0, comma)).strip();
        return field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"") ? field.substring(1, field.length() - 1).strip() : field;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
