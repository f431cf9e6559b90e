package vn.mobifone.care.consultation.vip;

import java.util.List;

/** The result of seed 001's step 2: where the request goes and why. */
public record CheckOutcome(VipState state, String reason, boolean callingIsBusiness, List<Mismatch> mismatches) {

    public static final String MATCHES = "matches";
    public static final String NOT_A_BUSINESS_NUMBER = "not-a-business-number";
    public static final String LOST_PHONE_FROM_ANOTHER_NUMBER = "lost-phone-cut-from-another-number";
    public static final String DATA_MISMATCH = "data-mismatch";
}
