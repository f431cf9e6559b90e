package vn.mobifone.care.smsgateway.delivery;

import java.util.List;
import vn.mobifone.care.smsgateway.message.Channel;

/** A way out to subscribers. It reports every dispatch it takes as an {@link DeliveryOutcome}. */
public interface ChannelSender {

    Channel channel();

    /** How many more dispatches it can take now: 0 while its link is down. */
    int capacity();

    void send(Dispatch dispatch);

    /** @param roomFreed called when sends finish and the sender can take a claim again */
    void start(Runnable roomFreed);

    /** Finishes what is in flight and hands back what was never started. */
    List<Dispatch> stop();
}
