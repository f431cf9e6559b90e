package vn.mobifone.care.subscriberlookup.agents;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.mobifone.care.platform.csv.CsvFields;

/**
 * One line of a partner's roster export: {@value #HEADER}, dates as yyyy-MM-dd, a field with a
 * comma or a quote written in double quotes. Pure, so each refusal reason is tested without the service.
 */
public final class RosterCsv {

    public static final String HEADER = "id,name,role,callCentre,line,startDate";
    private static final int COLUMNS = 6;

    private RosterCsv() {
    }

    /** A line that cannot become a person of the directory. */
    public static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    public static AgentRequests.NewAgent parse(String line, LocalDate today) {
        List<String> fields = fields(line);
        if (fields.size() != COLUMNS) {
            throw new Refused("expected " + COLUMNS + " fields (" + HEADER + "), found " + fields.size());
        }
        String id = fields.get(0);
        if (!id.matches(AgentRequests.AGENT_ID)) {
            throw new Refused("id: must be a token subject (letters, digits . _ @ -, at most 100)");
        }
        String name = fields.get(1);
        if (name.isBlank() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
            throw new Refused("name: must be 1 to 200 characters without control characters");
        }
        AgentRole role;
        try {
            role = AgentRole.valueOf(fields.get(2).toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new Refused("role: must be AGENT or SUPERVISOR");
        }
        String callCentre = fields.get(3);
        if (callCentre.isBlank() || callCentre.length() > 100 || callCentre.chars().anyMatch(Character::isISOControl)) {
            throw new Refused("callCentre: must be 1 to 100 characters without control characters");
        }
        String hotline = fields.get(4);
        if (!hotline.matches(AgentRequests.LINE)) {
            throw new Refused("line: must be a hotline number such as 1090");
        }
        LocalDate start;
        try {
            start = LocalDate.parse(fields.get(5));
        } catch (DateTimeParseException e) {
            throw new Refused("startDate: must be a date as yyyy-MM-dd");
        }
        if (start.isAfter(today)) {
            throw new Refused("startDate: " + start + " is after today");
        }
        return new AgentRequests.NewAgent(id, name, role, callCentre, hotline, start);
    }

    /** Comma-separated, trimmed; a quoted field may hold commas and doubled quotes. */
    static List<String> fields(String line) {
        List<String> fields = CsvFields.split(line);
        if (fields == null) {
            throw new Refused("a quoted field is not closed");
        }
        return fields.stream().map(String::strip).toList();
    }
}
