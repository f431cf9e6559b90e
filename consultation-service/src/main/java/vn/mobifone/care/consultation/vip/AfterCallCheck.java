package vn.mobifone.care.consultation.vip;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Seed 001 step 2, done after the call: is the calling number a business number (the lookup's
 * internal-VIP rule on its subscription name), and does the request match the data of the target
 * number? Both → VERIFIED; not a business number → quality management, which also covers the
 * leader who lost the phone and calls from another number to cut the business one; a mismatch →
 * call the leader back and say exactly what does not match.
 */
public final class AfterCallCheck {

    private static final Set<String> BLOCKED = Set.of("BLOCKED", "ONE_WAY_BLOCKED", "CANCELLED");
    private static final String OPEN = "ACTIVE_2C";

    private AfterCallCheck() {
    }

    public static CheckOutcome check(VipRequest request, LineOnRecord calling, LineOnRecord target) {
        boolean business = calling.found() && calling.internalVip();
        if (!business) {
            boolean cutsBusinessNumber = request.requestType == VipRequestType.CUT_LOST_PHONE && target.internalVip();
            return new CheckOutcome(VipState.QUALITY_MANAGEMENT,
                    cutsBusinessNumber ? CheckOutcome.LOST_PHONE_FROM_ANOTHER_NUMBER : CheckOutcome.NOT_A_BUSINESS_NUMBER, false, List.of());
        }
        List<Mismatch> mismatches = mismatches(request, target);
        return mismatches.isEmpty()
                ? new CheckOutcome(VipState.VERIFIED, CheckOutcome.MATCHES, true, List.of())
                : new CheckOutcome(VipState.MISMATCH_CALLBACK, CheckOutcome.DATA_MISMATCH, true, mismatches);
    }

    private static List<Mismatch> mismatches(VipRequest request, LineOnRecord target) {
        String number = request.targetNumber.national();
        if (!target.found()) {
            return List.of(new Mismatch("targetNumber", number, null, number + " is not a subscriber in MobiFone's base"));
        }
        if (target.withheld()) {
            return List.of(new Mismatch("targetNumber", number, null,
                    number + " has incomplete Decree-49 identity data: its owner cannot be compared"));
        }
        List<Mismatch> found = new ArrayList<>();
        String expectedOwner = request.statedOwnerName != null && !request.statedOwnerName.isBlank() ? request.statedOwnerName
                : ownPhone(request.requestType) ? request.leaderName : null;
        if (expectedOwner != null && !nameCarries(target.ownerName(), expectedOwner)) {
            found.add(new Mismatch("ownerName", expectedOwner, null,
                    "The owner name of " + number + " on record is not " + expectedOwner.strip()));
        }
        if (request.statedPaymentType != null && request.statedPaymentType != target.paymentType()) {
            found.add(new Mismatch("paymentType", request.statedPaymentType.name(), String.valueOf(target.paymentType()),
                    number + " is " + target.paymentType() + ", not " + request.statedPaymentType));
        }
        if (request.requestType == VipRequestType.CUT_LOST_PHONE && BLOCKED.contains(target.status())) {
            found.add(new Mismatch("status", OPEN, target.status(), number + " is already " + target.status()));
        } else if (request.requestType.reopens() && OPEN.equals(target.status())) {
            found.add(new Mismatch("status", "BLOCKED", target.status(), number + " is not blocked: it is " + OPEN));
        }
        return found;
    }

    /** A lost phone is the leader's own: its owner must carry the leader's name. */
    private static boolean ownPhone(VipRequestType type) {
        return type == VipRequestType.CUT_LOST_PHONE || type == VipRequestType.REOPEN_AFTER_LOST_PHONE_BLOCK;
    }

    /**
     * Whether the name on record carries the given name as whole words, ignoring case and Vietnamese
     * diacritics: a business number's name is the company prefix, then the leader's name and title.
     */
    static boolean nameCarries(String onRecord, String given) {
        if (onRecord == null) {
            return false;
        }
        String words = words(given);
        return !words.isBlank() && (" " + words(onRecord) + " ").contains(" " + words + " ");
    }

    private static String words(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^\\p{Alnum}]+", " ").strip();
    }
}
