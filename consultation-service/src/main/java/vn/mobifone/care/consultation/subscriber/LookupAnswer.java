package vn.mobifone.care.consultation.subscriber;

import java.time.LocalDate;
import java.util.List;

/**
 * The parts of the lookup's answer this service reads. Fields the lookup adds later are ignored;
 * {@code portedIn} / {@code portedOut} are read when the lookup sends them (on the flags or the
 * profile) and are null from a lookup that does not.
 */
public record LookupAnswer(String msisdn, Decree49 decree49, boolean acknowledgementRequired, Flags flags, Profile profile) {

    public record Decree49(boolean complete, List<String> missing, boolean goldenNumber) {
    }

    public record Flags(boolean internalVip, boolean premium, Boolean otherNetwork, boolean smartphone, boolean appInstalled,
            LocalDate appInstalledOn, Boolean portedIn, Boolean portedOut) {
    }

    public record Profile(String ownerName, String paymentType, String status, String category, String deviceType, long arpuVnd,
            String currentPackage, String commitmentType, String company, Boolean portedIn, Boolean portedOut, Boolean otherNetwork) {
    }
}
