package vn.mobifone.care.consultation.promotion;

/** What the agent noticed on the call that changes the advice (seed 001). */
public enum AdviceFlag {
    /** A difficult customer: answer the question, offer no extra promotions. */
    DIFFICULT_CUSTOMER,
    /** The customer calls without a purpose: no extra promotions either. */
    NO_PURPOSE,
    /** The caller is a premium customer (KHCC) asking about this number, which is not one. */
    CALLER_PREMIUM
}
