package vn.mobifone.care.subscriberlookup.agents;

import vn.mobifone.care.platform.security.Roles;

/** The people of a partner's call centre; both hold personal accounts of the centralised lookup. */
public enum AgentRole {
    /** Điện thoại viên: serves callers on a line. */
    AGENT(Roles.AGENT),
    /** Team leader: manages the partner's own agents in the directory. */
    SUPERVISOR(Roles.SUPERVISOR);

    private final String tokenRole;

    AgentRole(String tokenRole) {
        this.tokenRole = tokenRole;
    }

    /** The role the person's tokens carry in {@code groups}. */
    public String tokenRole() {
        return tokenRole;
    }
}
