package vn.mobifone.care.consultation.vip;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.UUID;
import vn.mobifone.care.consultation.promotion.PaymentType;
import vn.mobifone.care.consultation.subscriber.LookupAnswer;
import vn.mobifone.care.consultation.subscriber.Subscriber;
import vn.mobifone.care.consultation.subscriber.SubscriberDirectory;

/**
 * Seed 001 step 2 as an agent or supervisor runs it after the call: the calling and the target
 * number are read from the lookup under their own token (so both reads are audited there under
 * them), then {@link AfterCallCheck} decides. The lookup is read outside any transaction; when it
 * cannot answer, the request stays RECEIVED and the check can be run again.
 */
@ApplicationScoped
public class AfterCallChecks {

    private final VipRequests requests;
    private final SubscriberDirectory directory;

    public AfterCallChecks(VipRequests requests, SubscriberDirectory directory) {
        this.requests = requests;
        this.directory = directory;
    }

    public VipRequestView run(UUID id, String actor) {
        VipRequest request = requests.awaitingCheck(id);
        // The lookup's audit ties both reads to the call the request came from.
        String callId = request.callId != null ? request.callId : "vip-" + id;
        LineOnRecord calling = onRecord(directory.read(request.callingNumber, callId));
        LineOnRecord target = request.targetNumber.equals(request.callingNumber) ? calling
                : onRecord(directory.read(request.targetNumber, callId));
        return requests.applyCheck(id, calling, target, actor);
    }

    static LineOnRecord onRecord(Subscriber subscriber) {
        if (!subscriber.inBase()) {
            return LineOnRecord.notFound();
        }
        if (subscriber.acknowledgementRequired()) {
            return LineOnRecord.identityWithheld();
        }
        LookupAnswer.Profile profile = subscriber.profile();
        return LineOnRecord.shown(subscriber.internalVip(), profile == null ? null : profile.ownerName(), paymentType(profile),
                profile == null ? null : profile.status());
    }

    private static PaymentType paymentType(LookupAnswer.Profile profile) {
        return profile == null || profile.paymentType() == null ? null
                : PaymentType.valueOf(profile.paymentType().strip().toUpperCase(Locale.ROOT));
    }
}
