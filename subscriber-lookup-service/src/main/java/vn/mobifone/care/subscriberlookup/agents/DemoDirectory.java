package vn.mobifone.care.subscriberlookup.agents;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import vn.mobifone.care.subscriberlookup.LookupConfig;

/**
 * The people the local suite's demo tokens name ({@code ./suite token agent A001}), registered in
 * an empty directory at startup with the demo data, so every service lets them in.
 */
@ApplicationScoped
class DemoDirectory {

    static final String PARTNER = "DEMO";

    private final EntityManager em;
    private final AgentEvents events;
    private final LookupConfig config;
    private final Clock clock;

    DemoDirectory(EntityManager em, AgentEvents events, LookupConfig config, Clock clock) {
        this.em = em;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    void load(@Observes StartupEvent event) {
        if (!config.demoData().enabled() || em.createQuery("SELECT count(p) FROM Partner p", Long.class).getSingleResult() > 0) {
            return;
        }
        Partner partner = new Partner();
        partner.id = PARTNER;
        partner.name = "Demo call centre";
        partner.createdAt = clock.instant();
        partner.createdBy = "demo-data";
        em.persist(partner);
        person("A001", "Demo agent 1", AgentRole.AGENT);
        person("A002", "Demo agent 2", AgentRole.AGENT);
        person("S001", "Demo supervisor", AgentRole.SUPERVISOR);
    }

    private void person(String id, String name, AgentRole role) {
        Agent agent = new Agent();
        agent.id = id;
        agent.name = name;
        agent.partnerId = PARTNER;
        agent.role = role;
        agent.callCentre = "Demo";
        agent.line = "1090";
        agent.status = AgentStatus.ACTIVE;
        agent.startDate = LocalDate.now(clock).minusYears(1);
        agent.recordedBy = "demo-data";
        agent.recordedAt = clock.instant();
        em.persist(agent);
        events.publish(agent);
    }
}
