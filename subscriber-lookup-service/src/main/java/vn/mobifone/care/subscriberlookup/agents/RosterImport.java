package vn.mobifone.care.subscriberlookup.agents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.mobifone.care.platform.problem.InvalidInput;

/**
 * A partner's existing roster, taken into the directory at once: every good line registers an
 * active person (and announces them), every bad line is reported with its number and reason, in
 * one transaction. A roster is a few thousand lines; it is read whole.
 */
@ApplicationScoped
public class RosterImport {

    static final int MAX_LINES = 20_000;

    public record Report(int linesRead, int registered, int rejected, List<LineError> errors) {
    }

    public record LineError(int line, String reason) {
    }

    private final Directory directory;
    private final EntityManager em;
    private final Clock clock;

    public RosterImport(Directory directory, EntityManager em, Clock clock) {
        this.directory = directory;
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public Report importRoster(String partnerId, Reader csv) {
        directory.partner(partnerId);
        List<LineError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int read = 0;
        int registered = 0;
        LocalDate today = LocalDate.now(clock);
        try (BufferedReader lines = new BufferedReader(csv)) {
            String header = lines.readLine();
            if (header == null || !header.strip().replace("\uFEFF", "").equalsIgnoreCase(RosterCsv.HEADER)) {
                throw new InvalidInput("body", "the first line must be the header " + RosterCsv.HEADER);
            }
            int number = 1;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (++read > MAX_LINES) {
                    throw new InvalidInput("body", "a roster holds at most " + MAX_LINES + " lines");
                }
                try {
                    AgentRequests.NewAgent agent = RosterCsv.parse(line, today);
                    if (!seen.add(agent.id())) {
                        throw new RosterCsv.Refused("id: " + agent.id() + " appears earlier in this roster");
                    }
                    if (em.find(Agent.class, agent.id()) != null) {
                        throw new RosterCsv.Refused("id: " + agent.id() + " is already in the directory");
                    }
                    directory.register(partnerId, agent);
                    registered++;
                } catch (RosterCsv.Refused e) {
                    errors.add(new LineError(number, e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Report(read, registered, errors.size(), errors);
    }
}
