package vn.mobifone.care.outboundcampaign.simswap.team;

/** The sales force of seed 003 that serves SIM-swap requests on the ground. */
public enum TeamKind {
    /** The province/city's rapid-response team: takes what no local team covers, and quarantined areas. */
    RAPID_RESPONSE,
    /** A district sales team (tổ bán hàng), with staff responsible for the district. */
    SALES_TEAM,
    /** A MobiFone store (cửa hàng giao dịch). */
    STORE,
    /** An agent or point of sale (đại lý / điểm bán hàng) supporting in its area. */
    AGENT
}
