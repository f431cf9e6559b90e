package vn.mobifone.care.outboundcampaign.report;

import java.util.List;
import java.util.Locale;

/** The reports as CSV for the regional companies' spreadsheets: a header, then one line per row; a campaign report is metric,value lines. */
final class ReportCsv {

    private ReportCsv() {
    }

    static String campaign(CampaignReport r) {
        StringBuilder out = new StringBuilder("metric,value\n");
        line(out, "leads", r.leads());
        line(out, "leads_attempted", r.leadsAttempted());
        line(out, "attempts", r.attempts());
        line(out, "reached", r.reached());
        line(out, "contact_rate", String.format(Locale.ROOT, "%.4f", r.contactRate()));
        line(out, "wrong_person", r.wrongPerson());
        r.outcomes().forEach((k, v) -> line(out, "outcome_" + k.toLowerCase(Locale.ROOT), v));
        r.refusalReasons().forEach(c -> line(out, "refusal_reason:" + c.reason(), c.calls()));
        line(out, "mnp_out", r.mnpOut());
        r.gifts().forEach((k, v) -> line(out, "gift_" + k.toLowerCase(Locale.ROOT), v));
        line(out, "packages_converted", r.packagesConverted());
        line(out, "agreed_calls", r.agreedCalls());
        r.contentsOffered().forEach((k, v) -> line(out, "offered_" + k.toLowerCase(Locale.ROOT), v));
        return out.toString();
    }

    static String agents(List<CampaignReport.AgentLine> lines) {
        StringBuilder out = new StringBuilder(
                "agent_id,attempts,leads_reached,contact_rate,agreed,not_interested,callbacks,busy_or_no_answer,do_not_call,packages_converted\n");
        for (CampaignReport.AgentLine a : lines) {
            row(out, a.agentId(), a.attempts(), a.leadsReached(), String.format(Locale.ROOT, "%.4f", a.contactRate()), a.agreed(),
                    a.notInterested(), a.callbacks(), a.busyOrNoAnswer(), a.doNotCall(), a.packagesConverted());
        }
        return out.toString();
    }

    static String mnpOut(List<CampaignReport.MnpOutLine> lines) {
        StringBuilder out = new StringBuilder("msisdn,agent_id,reason,porting_out,called_at\n");
        for (CampaignReport.MnpOutLine l : lines) {
            row(out, l.msisdn(), l.agentId(), l.reason(), l.portingOut(), l.calledAt());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String metric, Object value) {
        row(out, metric, value);
    }

    private static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(escape(values[i] == null ? "" : values[i].toString()));
        }
        out.append('\n');
    }

    /** Quotes a field with a comma, quote or line break; a leading formula sign is neutralised for spreadsheets. */
    static String escape(String v) {
        String safe = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.]+") ? "'" + v : v;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
