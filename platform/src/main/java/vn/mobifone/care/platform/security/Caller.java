package vn.mobifone.care.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Set;

/** Who is calling, for audit trails and role-dependent views. */
@RequestScoped
public class Caller {

    /** Most privileged first, so a token with several roles is seen through its strongest one. */
    private static final List<String> PRECEDENCE = List.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.OPS, Roles.INTEGRATION, Roles.AGENT);

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String id() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public String primaryRole() {
        return primaryRoleOf(identity);
    }

    /** The strongest role of an identity, for code that runs outside the request scope. */
    public static String primaryRoleOf(SecurityIdentity identity) {
        return PRECEDENCE.stream().filter(identity::hasRole).findFirst().orElse("none");
    }
}
