package vn.mobifone.care.subscriberlookup.agents;

/** Only an active person may use the suite; a departure is final. */
public enum AgentStatus {
    ACTIVE,
    /** Temporarily barred (leave, investigation); may become active again. */
    SUSPENDED,
    /** Left the partner: the account is removed everywhere at once and never comes back. */
    DEPARTED
}
