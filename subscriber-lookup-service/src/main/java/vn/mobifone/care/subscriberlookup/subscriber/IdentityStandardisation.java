package vn.mobifone.care.subscriberlookup.subscriber;

/**
 * Where a subscriber stands in the identity standardisation (seed 002, script B4): the owner's
 * name on file is wrong, or it is right but the new CCCD (12 digits) was never recorded.
 */
public enum IdentityStandardisation {
    STANDARDISED, CCCD_NOT_UPDATED, WRONG_OWNER_NAME;

    public static IdentityStandardisation of(Subscriber s) {
        if (!s.idNameMatchesOwner) {
            return WRONG_OWNER_NAME;
        }
        return s.idDocumentNumber == null || s.idDocumentNumber.length() != 12 ? CCCD_NOT_UPDATED : STANDARDISED;
    }
}
