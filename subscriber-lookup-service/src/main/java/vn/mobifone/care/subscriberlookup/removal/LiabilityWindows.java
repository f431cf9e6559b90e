package vn.mobifone.care.subscriberlookup.removal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import vn.mobifone.care.platform.problem.ResourceConflict;
import vn.mobifone.care.subscriberlookup.agents.AgentStatus;
import vn.mobifone.care.subscriberlookup.agents.AgentView;
import vn.mobifone.care.subscriberlookup.agents.Directory;
import vn.mobifone.care.subscriberlookup.audit.AccessReports;
import vn.mobifone.care.subscriberlookup.audit.AccessReports.ReportLine;

@ApplicationScoped
public class LiabilityWindows {

    private final Directory directory;
    private final AccessReports reports;

    public LiabilityWindows(Directory directory, AccessReports reports) {
        this.directory = directory;
        this.reports = reports;
    }

    public LiabilityWindow of(String agentId) {
        AgentView agent = directory.agent(agentId);
        if (agent.status() != AgentStatus.DEPARTED) {
            throw new ResourceConflict("agent-not-departed", "Account " + agentId + " is " + agent.status() + ": a liability window opens with a departure");
        }
        Instant opens = LiabilityWindow.opensAt(agent.departureDate());
        Instant removed = agent.removedAt();
        List<ReportLine> lines = reports.ofSubject(agentId, opens.isBefore(removed) ? opens : removed, null);
        List<ReportLine> answered = lines.stream().filter(l -> "READ".equals(l.outcome()) && l.accessedAt().isBefore(removed)).toList();
        List<ReportLine> refused = lines.stream().filter(l -> "REFUSED".equals(l.outcome())).toList();
        return new LiabilityWindow(agent.id(), agent.name(), agent.partnerId(), agent.departureDate(), opens, removed,
                LiabilityWindow.length(opens, removed), answered, refused);
    }
}
