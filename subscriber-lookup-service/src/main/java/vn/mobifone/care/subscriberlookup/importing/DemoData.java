package vn.mobifone.care.subscriberlookup.importing;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.LocalDate;
import org.jboss.logging.Logger;
import vn.mobifone.care.subscriberlookup.LookupConfig;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberRepository;

/** The local suite's demo: a small synthetic base, loaded once into an empty table. */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final LookupConfig config;
    private final SubscriberRepository subscribers;
    private final SubscriberImport importer;
    private final Clock clock;

    public DemoData(LookupConfig config, SubscriberRepository subscribers, SubscriberImport importer, Clock clock) {
        this.config = config;
        this.subscribers = subscribers;
        this.importer = importer;
        this.clock = clock;
    }

    void load(@Observes StartupEvent event) {
        LookupConfig.DemoData demo = config.demoData();
        if (!demo.enabled() || subscribers.count() > 0) {
            return;
        }
        SyntheticBase base = new SyntheticBase(demo.seed(), LocalDate.now(clock));
        ImportReport report = importer.importCsv(base.csv(demo.size()));
        LOG.infof("Demo data: %d synthetic subscribers loaded (seed %d), e.g. %s", report.imported(), demo.seed(), SyntheticBase.msisdn(0));
    }
}
