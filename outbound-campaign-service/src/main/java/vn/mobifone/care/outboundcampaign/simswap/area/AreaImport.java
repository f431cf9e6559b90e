package vn.mobifone.care.outboundcampaign.simswap.area;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.mobifone.care.platform.csv.CsvFields;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.problem.ResourceConflict;

/**
 * The regional company's area list as CSV ({@code code,level,parentCode,name}, header first), as
 * exported from the administrative-unit register: thousands of wards are not typed in one by one.
 * A line may name a parent declared on an earlier line of the same file.
 */
@ApplicationScoped
public class AreaImport {

    static final String HEADER = "code,level,parentCode,name";
    private static final Pattern CODE = Pattern.compile(AreaRequest.CODE);
    /** A file of the whole country is about 11,000 wards; a bound keeps one import one transaction. */
    static final int MAX_LINES = 20_000;

    private final AreaDirectory directory;
    private final Validator validator;

    public AreaImport(AreaDirectory directory, Validator validator) {
        this.directory = directory;
        this.validator = validator;
    }

    @Transactional
    public AreaImportReport importCsv(Reader body, String actor) {
        List<AreaImportReport.LineError> errors = new ArrayList<>();
        int lines = 0;
        int imported = 0;
        try (BufferedReader reader = new BufferedReader(body)) {
            String header = reader.readLine();
            if (header == null || !HEADER.equalsIgnoreCase(header.replace("\uFEFF", "").strip())) {
                throw new InvalidInput("body", "the first line must be the header " + HEADER);
            }
            String line;
            while ((line = reader.readLine()) != null) {
                lines++;
                if (lines > MAX_LINES) {
                    throw new InvalidInput("body", "at most " + MAX_LINES + " lines an import");
                }
                if (line.isBlank()) {
                    continue;
                }
                String problem = importLine(line, actor);
                if (problem == null) {
                    imported++;
                } else {
                    errors.add(new AreaImportReport.LineError(lines + 1, problem));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AreaImportReport(lines, imported, errors.size(), errors);
    }

    /** Null when the line was kept, else why not. */
    private String importLine(String line, String actor) {
        List<String> fields = CsvFields.split(line);
        if (fields == null) {
            return "unterminated quoted field";
        }
        if (fields.size() != 4) {
            return "expected 4 fields (" + HEADER + "), found " + fields.size();
        }
        String code = fields.get(0).strip();
        if (!CODE.matcher(code).matches()) {
            return "code: 1-10 digits";
        }
        AreaLevel level;
        try {
            level = AreaLevel.valueOf(fields.get(1).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return "level: must be PROVINCE, DISTRICT or WARD";
        }
        AreaRequest request = new AreaRequest(level, fields.get(2).isBlank() ? null : fields.get(2).strip(), fields.get(3).strip());
        Set<ConstraintViolation<AreaRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            ConstraintViolation<AreaRequest> first = violations.iterator().next();
            return first.getPropertyPath() + ": " + first.getMessage();
        }
        try {
            directory.apply(code, request, actor);
            return null;
        } catch (InvalidInput e) {
            return e.field() + ": " + e.getMessage();
        } catch (ResourceConflict e) {
            return e.getMessage();
        }
    }
}
