package vn.mobifone.care.subscriberlookup.agents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.mobifone.care.platform.problem.AccessDenied;
import vn.mobifone.care.platform.problem.ResourceConflict;
import vn.mobifone.care.platform.problem.ResourceNotFound;
import vn.mobifone.care.platform.security.Caller;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.web.Page;
import vn.mobifone.care.platform.web.PageRequest;

/**
 * The directory of partner companies and their people. Every registration and status change is
 * announced on {@code agent-status-changed} in its own transaction, so every service refuses a
 * departed or suspended person within seconds of the change.
 */
@ApplicationScoped
public class Directory {

    private final EntityManager em;
    private final AgentEvents events;
    private final PartnerScope scope;
    private final Caller caller;
    private final Clock clock;

    public Directory(EntityManager em, AgentEvents events, PartnerScope scope, Caller caller, Clock clock) {
        this.em = em;
        this.events = events;
        this.scope = scope;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public PartnerView addPartner(AgentRequests.NewPartner request) {
        if (em.find(Partner.class, request.id()) != null) {
            throw new ResourceConflict("partner-exists", "Partner " + request.id() + " is already in the directory");
        }
        Partner partner = new Partner();
        partner.id = request.id();
        partner.name = request.name().strip();
        partner.createdAt = clock.instant();
        partner.createdBy = caller.id();
        em.persist(partner);
        return PartnerView.of(partner);
    }

    public List<PartnerView> partners() {
        Optional<String> own = scope.restriction();
        return em.createQuery("SELECT p FROM Partner p ORDER BY p.id", Partner.class).getResultList().stream()
                .filter(p -> own.map(p.id::equals).orElse(true)).map(PartnerView::of).toList();
    }

    public Partner partner(String partnerId) {
        scope.requirePartner(partnerId);
        Partner partner = em.find(Partner.class, partnerId);
        if (partner == null) {
            throw new ResourceNotFound("Partner", partnerId);
        }
        return partner;
    }

    @Transactional
    public AgentView register(String partnerId, AgentRequests.NewAgent request) {
        partner(partnerId);
        requireManageable(request.role());
        if (em.find(Agent.class, request.id()) != null) {
            throw new ResourceConflict("agent-exists", "Account " + request.id() + " is already in the directory");
        }
        Agent agent = new Agent();
        agent.id = request.id();
        agent.name = request.name().strip();
        agent.partnerId = partnerId;
        agent.role = request.role();
        agent.callCentre = request.callCentre().strip();
        agent.line = request.line();
        agent.status = AgentStatus.ACTIVE;
        agent.startDate = request.startDate();
        agent.recordedBy = caller.id();
        agent.recordedAt = clock.instant();
        em.persist(agent);
        events.publish(agent);
        return AgentView.of(agent);
    }

    public Page<AgentView> agents(String partnerId, AgentStatus status, PageRequest page) {
        partner(partnerId);
        String where = "a.partnerId = :partner" + (status != null ? " AND a.status = :status" : "");
        var query = em.createQuery("SELECT a FROM Agent a WHERE " + where + " ORDER BY a.id", Agent.class).setParameter("partner", partnerId);
        var count = em.createQuery("SELECT count(a) FROM Agent a WHERE " + where, Long.class).setParameter("partner", partnerId);
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        List<AgentView> items = query.setFirstResult(page.offset()).setMaxResults(page.size).getResultList().stream().map(AgentView::of).toList();
        return Page.of(items, page, count.getSingleResult());
    }

    public AgentView agent(String agentId) {
        return AgentView.of(visible(agentId));
    }

    @Transactional
    public AgentView changeStatus(String agentId, AgentRequests.StatusChange change) {
        Agent agent = visible(agentId);
        requireManageable(agent.role);
        Optional<LocalDate> departure = StatusChangePolicy.check(agent.status, change.status(), change.departureDate(), agent.startDate,
                LocalDate.now(clock));
        if (agent.status == change.status()) {
            return AgentView.of(agent);
        }
        agent.status = change.status();
        agent.departureDate = departure.orElse(null);
        agent.removedAt = departure.isPresent() ? clock.instant() : null;
        agent.recordedBy = caller.id();
        agent.recordedAt = clock.instant();
        events.publish(agent);
        return AgentView.of(agent);
    }

    /** A supervisor manages the partner's agents; supervisors themselves are managed by MobiFone's admin. */
    private void requireManageable(AgentRole role) {
        if (role == AgentRole.SUPERVISOR && !caller.hasRole(Roles.ADMIN)) {
            throw new AccessDenied("supervisor-managed-by-admin", "Supervisors are registered and changed by MobiFone's admin");
        }
    }

    /** A person of another partner is answered as unknown to a supervisor. */
    Agent visible(String agentId) {
        Agent agent = em.find(Agent.class, agentId);
        if (agent == null || !scope.covers(agent)) {
            throw new ResourceNotFound("Agent", agentId);
        }
        return agent;
    }
}
