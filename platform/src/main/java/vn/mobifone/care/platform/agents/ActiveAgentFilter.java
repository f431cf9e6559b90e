package vn.mobifone.care.platform.agents;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import vn.mobifone.care.platform.audit.PersonalDataAccesses;
import vn.mobifone.care.platform.audit.PersonalDataRead;
import vn.mobifone.care.platform.problem.Problem;
import vn.mobifone.care.platform.security.Roles;

/**
 * Refuses, in every service, the requests of a person who is not an active member of the agent
 * directory, although the token is still cryptographically valid: a departed or suspended agent,
 * or one the directory does not know. Agents and supervisors are people of a partner call centre
 * (seed 000: every account personal, removed when the agent leaves); systems ({@code integration})
 * and MobiFone's own staff ({@code ops}, {@code admin}) are not in the directory and pass. A token
 * that carries a person's role is checked whatever else it carries. An attempt refused on an
 * operation that reads personal data is journalled as such.
 */
public class ActiveAgentFilter {

    public static final String REASON = "agent-not-active";

    private final CurrentIdentityAssociation identities;
    private final AgentDirectory directory;
    private final PersonalDataAccesses accesses;

    public ActiveAgentFilter(CurrentIdentityAssociation identities, AgentDirectory directory, PersonalDataAccesses accesses) {
        this.identities = identities;
        this.directory = directory;
        this.accesses = accesses;
    }

    /** Whether a token's roles make it a person's, to be found active in the directory. */
    public static boolean person(SecurityIdentity identity) {
        return !identity.isAnonymous() && (identity.hasRole(Roles.AGENT) || identity.hasRole(Roles.SUPERVISOR));
    }

    @ServerRequestFilter
    public Uni<Response> check(ContainerRequestContext request, SimpleResourceInfo resource) {
        return identities.getDeferredIdentity()
                // A token that does not verify is answered 401 by the operation's own security check.
                .onFailure().recoverWithNull()
                .chain(identity -> identity == null || !person(identity) ? Uni.createFrom().nullItem() : judge(identity, request, resource));
    }

    private Uni<Response> judge(SecurityIdentity identity, ContainerRequestContext request, SimpleResourceInfo resource) {
        String agentId = identity.getPrincipal().getName();
        return Uni.createFrom().completionStage(() -> directory.standing(agentId))
                .chain(standing -> standing.active() ? Uni.createFrom().nullItem() : refuse(standing, identity, request, resource));
    }

    private Uni<Response> refuse(AgentDirectory.Standing standing, SecurityIdentity identity, ContainerRequestContext request,
            SimpleResourceInfo resource) {
        Response refusal = refusal(standing, request.getUriInfo());
        PersonalDataRead read = annotation(resource);
        if (read == null) {
            return Uni.createFrom().item(refusal);
        }
        UriInfo uri = request.getUriInfo();
        String msisdn = first(uri.getPathParameters().getFirst("msisdn"), uri.getQueryParameters().getFirst("msisdn"));
        String callId = uri.getQueryParameters().getFirst("callId");
        return Uni.createFrom().item(() -> {
            accesses.refused(identity, msisdn, read.value(), callId);
            return refusal;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static Response refusal(AgentDirectory.Standing standing, UriInfo uri) {
        String detail = "UNKNOWN".equals(standing.status())
                ? "Account " + standing.agentId() + " is not an active member of the agent directory"
                : "Account " + standing.agentId() + " is " + standing.status() + " in the agent directory and may no longer be used";
        Problem problem = Problem.of(403, "forbidden", "Forbidden", detail).withReason(REASON).withInstance(uri.getPath());
        return Response.status(403).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static PersonalDataRead annotation(SimpleResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null) {
            return null;
        }
        for (Method method : resource.getResourceClass().getMethods()) {
            if (method.getName().equals(resource.getMethodName()) && method.isAnnotationPresent(PersonalDataRead.class)) {
                return method.getAnnotation(PersonalDataRead.class);
            }
        }
        return null;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
