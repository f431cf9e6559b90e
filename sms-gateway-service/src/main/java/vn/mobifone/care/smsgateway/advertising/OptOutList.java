package vn.mobifone.care.smsgateway.advertising;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import vn.mobifone.care.platform.msisdn.Msisdn;

@ApplicationScoped
public class OptOutList {

    private final Clock clock;

    public OptOutList(Clock clock) {
        this.clock = clock;
    }

    public boolean contains(Msisdn msisdn) {
        return OptOut.findById(msisdn.value()) != null;
    }

    public Optional<OptOut> find(Msisdn msisdn) {
        return OptOut.findByIdOptional(msisdn.value());
    }

    /** Idempotent: opting out twice keeps the first record. */
    @Transactional
    public OptOut add(Msisdn msisdn, String source, String recordedBy) {
        OptOut existing = OptOut.findById(msisdn.value());
        if (existing != null) {
            return existing;
        }
        OptOut optOut = new OptOut();
        optOut.msisdn = msisdn.value();
        optOut.source = source;
        optOut.recordedBy = recordedBy;
        optOut.optedOutAt = clock.instant();
        optOut.persist();
        return optOut;
    }

    @Transactional
    public boolean remove(Msisdn msisdn) {
        return OptOut.deleteById(msisdn.value());
    }
}
