package vn.mobifone.care.consultation.subscriber;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * The parts of the lookup's answer this service reads. Fields the lookup adds later are ignored;
 * {@code portedIn} / {@code portedOut} are read when the lookup sends them (on the flags or the
 * profile) and are null from a lookup that does not. Unknown fields are ignored on each record
 * itself, so the tolerance does not hang on the application's JSON settings.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LookupAnswer(String msisdn, Decree49 decree49, boolean acknowledgementRequired, Flags flags, Profile profile) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Decree49(boolean complete, List<String> missing, boolean goldenNumber) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Flags(boolean internalVip, boolean premium, Boolean otherNetwork, boolean smartphone, boolean appInstalled,
            LocalDate appInstalledOn, Boolean portedIn, Boolean portedOut) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Profile(String ownerName, String paymentType, String status, String category, String deviceType, long arpuVnd,
            String currentPackage, String commitmentType, String company, Boolean portedIn, Boolean portedOut, Boolean otherNetwork) {
    }
}
