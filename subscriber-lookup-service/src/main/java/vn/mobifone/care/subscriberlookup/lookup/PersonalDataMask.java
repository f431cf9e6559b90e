package vn.mobifone.care.subscriberlookup.lookup;

import vn.mobifone.care.platform.security.Roles;

/**
 * How much personal data a role sees. Agents get what a call needs (the owner's name to verify the
 * caller, never the full ID document number); supervisors everything; systems the commercial
 * profile without identity data (name, document, ward, balance).
 */
public enum PersonalDataMask {

    FULL,
    CALL_CENTRE,
    SYSTEM;

    private static final int VISIBLE_DOCUMENT_DIGITS = 3;

    public static PersonalDataMask forRole(String primaryRole) {
        return switch (primaryRole) {
            case Roles.SUPERVISOR, Roles.ADMIN -> FULL;
            case Roles.AGENT -> CALL_CENTRE;
            default -> SYSTEM;
        };
    }

    public String ownerName(String name) {
        return this == SYSTEM ? null : name;
    }

    public String idDocumentNumber(String number) {
        if (number == null || this == SYSTEM) {
            return null;
        }
        if (this == FULL) {
            return number;
        }
        int hidden = Math.max(0, number.length() - VISIBLE_DOCUMENT_DIGITS);
        return "*".repeat(hidden) + number.substring(hidden);
    }

    public String ward(String ward) {
        return this == SYSTEM ? null : ward;
    }

    public Long mainBalanceVnd(long balance) {
        return this == SYSTEM ? null : balance;
    }
}
