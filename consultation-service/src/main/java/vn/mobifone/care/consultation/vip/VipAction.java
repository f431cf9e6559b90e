package vn.mobifone.care.consultation.vip;

/** What an agent or supervisor records after the checks; each needs a note saying what was done or said. */
public enum VipAction {
    /** Step 4: the request was carried out; the note is the result to call back with. */
    EXECUTE,
    /** Step 5: the leader was called back with the result. */
    RESULT_CALLED_BACK,
    /** Step 3: quality management confirmed the caller is the leader; the request goes on to step 4. */
    QUALITY_MANAGEMENT_CONFIRMED,
    /** Step 3: quality management did not confirm; nothing is carried out. */
    QUALITY_MANAGEMENT_DECLINED,
    /** Step 3: the leader was called back and told what does not match; a corrected request is taken anew. */
    MISMATCH_CALLED_BACK
}
