package vn.mobifone.care.smsgateway.advertising;

import java.time.Instant;
import vn.mobifone.care.platform.msisdn.Msisdn;

public record OptOutView(Msisdn msisdn, String source, String recordedBy, Instant optedOutAt) {

    static OptOutView of(OptOut o) {
        return new OptOutView(new Msisdn(o.msisdn), o.source, o.recordedBy, o.optedOutAt);
    }
}
