package vn.mobifone.care.consultation.vip;

/** The requests leaders usually make (seed 001 step 1); anything else is OTHER with a note. */
public enum VipRequestType {
    /** Báo cắt mất máy. */
    CUT_LOST_PHONE,
    /** Báo mở nợ cước hoặc cước báo đỏ. */
    REOPEN_UNPAID_OR_RED_BILL,
    /** Báo mở thuê bao bị chặn không xác định. */
    UNBLOCK_UNEXPLAINED_BLOCK,
    /** Báo mở máy khi bị chặn do mất máy. */
    REOPEN_AFTER_LOST_PHONE_BLOCK,
    OTHER;

    /** Requests that re-open a line expect it to be blocked now; a cut expects it open. */
    boolean reopens() {
        return this == REOPEN_UNPAID_OR_RED_BILL || this == UNBLOCK_UNEXPLAINED_BLOCK || this == REOPEN_AFTER_LOST_PHONE_BLOCK;
    }
}
