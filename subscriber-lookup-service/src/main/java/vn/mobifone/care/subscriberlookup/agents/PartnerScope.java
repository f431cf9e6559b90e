package vn.mobifone.care.subscriberlookup.agents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import vn.mobifone.care.platform.problem.AccessDenied;
import vn.mobifone.care.platform.security.Caller;
import vn.mobifone.care.platform.security.Roles;

/**
 * Whose people a caller may see and change: MobiFone's {@code admin} every partner's, a
 * supervisor only those of the partner the directory says employs them. A supervisor of one
 * partner never sees another partner's agents, not even whether they exist.
 */
@ApplicationScoped
public class PartnerScope {

    private final EntityManager em;
    private final Caller caller;

    /** The 403 answers of an operation on the directory, as its contract lists them. */
    public static final String REFUSALS = "forbidden: the caller's role may not call this operation;"
            + " not-a-partner-supervisor: the caller is not a supervisor registered in the agent directory;"
            + " other-partner: a supervisor asks for another partner's people";
    /** The same, for an operation that registers or changes a person. */
    public static final String MANAGING_REFUSALS = REFUSALS
            + "; supervisor-managed-by-admin: supervisors are registered and changed by MobiFone's admin only";

    public PartnerScope(EntityManager em, Caller caller) {
        this.em = em;
        this.caller = caller;
    }

    /** Empty for the admin (every partner), the supervisor's own partner otherwise. */
    public Optional<String> restriction() {
        if (caller.hasRole(Roles.ADMIN)) {
            return Optional.empty();
        }
        Agent self = em.find(Agent.class, caller.id());
        if (self == null || self.role != AgentRole.SUPERVISOR) {
            throw new AccessDenied("not-a-partner-supervisor", "Account " + caller.id() + " is not a supervisor of the agent directory");
        }
        return Optional.of(self.partnerId);
    }

    public void requirePartner(String partnerId) {
        restriction().filter(own -> !own.equals(partnerId)).ifPresent(own -> {
            throw new AccessDenied("other-partner", "A supervisor of " + own + " may not see or change the agents of another partner");
        });
    }

    /** Whether the caller may see this person; a person of another partner is answered as unknown. */
    public boolean covers(Agent agent) {
        return restriction().map(own -> own.equals(agent.partnerId)).orElse(true);
    }
}
