package vn.mobifone.care.itticket.sla;

public enum ClockStatus {
    /** The stage has not been reached yet (the IT centre clock before escalation). */
    NOT_STARTED,
    RUNNING,
    /** Waiting for the customer: the elapsed time is kept and the due time moves on resume. */
    PAUSED,
    /** The stage is over (handed on or resolved); a reopened ticket may run it again. */
    STOPPED
}
