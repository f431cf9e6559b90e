package vn.mobifone.care.outboundcampaign.followup;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.mobifone.care.outboundcampaign.script.ContentStatus;
import vn.mobifone.care.outboundcampaign.script.PackageOffer;
import vn.mobifone.care.outboundcampaign.script.ScriptRecord;
import vn.mobifone.care.outboundcampaign.fulfilment.IdentityDeadline;

/**
 * The messages an agreed call promises the customer (seed 002 §2b and the script): the KNDL
 * invitation, the package offer when the balance is short, the store address for a gift, the
 * identity update by Zalo (or the deadline by SMS), the app links by the phone's system. They are
 * care messages the customer agreed to, so the campaign's outreach caps do not hold them back.
 * The template ids are the gateway's.
 */
public final class FollowUps {

    public record Planned(String templateId, String channel, Map<String, String> parameters) {
    }

    /** What the rule needs to know of the subscriber and the call. */
    public record Facts(String msisdn, long loyaltyPoints, boolean kndlMember, boolean appInstalled, String paymentType,
            long mainBalanceVnd, LocalDate callDay, String storeAddress) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FollowUps() {
    }

    /** @return whether the B3 package can be registered after the call (enough main balance), else it is sent as an offer */
    public static boolean balanceCovers(ScriptRecord script, long mainBalanceVnd) {
        return script.packageOffer() != null && mainBalanceVnd >= script.packageOffer().priceVnd();
    }

    public static List<Planned> plan(ScriptRecord script, Facts f) {
        List<Planned> out = new ArrayList<>();
        if (script.b2().status().presented() && !f.kndlMember()) {
            out.add(new Planned("kndl-invitation", "SMS", Map.of("msisdn", f.msisdn(), "points", Long.toString(f.loyaltyPoints()))));
        }
        if (f.storeAddress() != null) {
            out.add(new Planned("store-address", "SMS", Map.of("storeAddress", f.storeAddress())));
        }
        if (script.b3().status() == ContentStatus.ACCEPTED && script.packageOffer() != null && !balanceCovers(script, f.mainBalanceVnd())) {
            PackageOffer offer = script.packageOffer();
            out.add(new Planned("package-offer", "SMS", Map.of("packageName", offer.name(), "price", Long.toString(offer.priceVnd()),
                    "benefit", offer.benefit(), "gift", offer.gift())));
        }
        if (script.b4().status() == ContentStatus.ACCEPTED) {
            out.add(new Planned("identity-update-zalo", "ZALO", Map.of()));
        } else if (script.b4().status() == ContentStatus.REFUSED) {
            out.add(new Planned("identity-update-sms", "SMS", Map.of("deadline", IdentityDeadline.of(f.callDay()).format(DAY))));
        }
        if (script.b5().status() == ContentStatus.ACCEPTED) {
            if (!f.appInstalled()) {
                out.add(new Planned("app-my-mobifone", "SMS", Map.of()));
            } else if ("POSTPAID".equals(f.paymentType())) {
                out.add(new Planned("IOS".equals(script.os()) ? "app-mobifone-money-ios" : "app-mobifone-money-android", "SMS", Map.of()));
            }
        }
        return out;
    }
}
