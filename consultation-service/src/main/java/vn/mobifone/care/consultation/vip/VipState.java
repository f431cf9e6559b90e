package vn.mobifone.care.consultation.vip;

/** Where a request stands in seed 001's five steps. */
public enum VipState {
    /** Step 1 done: taken on the call, the leader told the result will follow. */
    RECEIVED,
    /** Step 2 passed: business number, request matches the data; step 4 may run. */
    VERIFIED,
    /** Step 3: not a business number; the quality-management team (QLCL) guides. */
    QUALITY_MANAGEMENT,
    /** Step 3: the request does not match the data; the leader is called back and told what. */
    MISMATCH_CALLBACK,
    /** Step 4 done; step 5, the result call-back, is due. */
    EXECUTED,
    CLOSED
}
