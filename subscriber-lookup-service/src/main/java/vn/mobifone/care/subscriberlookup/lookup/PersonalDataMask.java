package vn.mobifone.care.subscriberlookup.lookup;

import java.util.OptionalLong;
import vn.mobifone.care.platform.security.Roles;

/**
 * How much personal data a role sees, one rule per role. Agents get what a call needs (the owner's
 * name to verify the caller, never the full ID document number: the last 3 digits only);
 * supervisors and admins everything; systems the commercial profile without identity data (owner
 * name, document, ward, main balance). A field a role may not see is always present in the
 * answer with the value null, never left out (docs/subscriber-lookup.md, "Masking").
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

    public OptionalLong mainBalanceVnd(long balance) {
        return this == SYSTEM ? OptionalLong.empty() : OptionalLong.of(balance);
    }
}
