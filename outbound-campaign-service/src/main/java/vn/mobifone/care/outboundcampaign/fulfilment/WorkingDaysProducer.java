package vn.mobifone.care.outboundcampaign.fulfilment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.HashSet;
import java.util.List;
import vn.mobifone.care.outboundcampaign.CampaignConfig;

@ApplicationScoped
public class WorkingDaysProducer {

    @Produces
    @ApplicationScoped
    WorkingDays workingDays(CampaignConfig config) {
        return new WorkingDays(new HashSet<>(config.holidays().orElse(List.of())));
    }
}
