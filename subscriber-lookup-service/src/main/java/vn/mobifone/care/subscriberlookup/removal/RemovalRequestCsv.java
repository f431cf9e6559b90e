package vn.mobifone.care.subscriberlookup.removal;

import java.util.stream.Collectors;

/** The request as the CSV a partner attaches to its official letter: one line per departed person. */
final class RemovalRequestCsv {

    static final String HEADER = "partnerId,month,agentId,name,role,callCentre,line,startDate,departedOn,removedAt";

    private RemovalRequestCsv() {
    }

    static String write(RemovalRequestView request) {
        return HEADER + "\n" + request.departures().stream()
                .map(d -> String.join(",", quote(request.partnerId()), request.month(), quote(d.agentId()), quote(d.name()), d.role(),
                        quote(d.callCentre()), d.line(), d.startDate().toString(), d.departedOn().toString(),
                        d.removedAt() == null ? "" : d.removedAt().toString()))
                .map(line -> line + "\n")
                .collect(Collectors.joining());
    }

    /** Quoted when it holds a comma, a quote or a line break; a leading formula character is defused for spreadsheets. */
    static String quote(String value) {
        String text = value.matches("^[=+\\-@].*") ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
