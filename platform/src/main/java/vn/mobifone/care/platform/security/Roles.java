package vn.mobifone.care.platform.security;

/** The roles a token's {@code groups} claim may carry. */
public final class Roles {

    /** Call-centre agent (ĐTV): serves the caller on the line. */
    public static final String AGENT = "agent";
    /** Team leader: sees more personal data, manages templates and audits. */
    public static final String SUPERVISOR = "supervisor";
    /** Operations: dashboards, SLA reports, tiers of the IT centre. */
    public static final String OPS = "ops";
    /** Another system (CRM, My MobiFone platform, other services). */
    public static final String INTEGRATION = "integration";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
