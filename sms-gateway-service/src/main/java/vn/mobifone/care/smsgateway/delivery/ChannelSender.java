package vn.mobifone.care.smsgateway.delivery;

import java.util.List;
import vn.mobifone.care.smsgateway.message.Channel;

/** A way out to subscribers. It reports every dispatch it takes as an {@link Outcome}. */
public interface ChannelSender {

    Channel channel();

    /** How many more dispatches it can take now: 0 while its link is down. */
    int capacity();

    void send(Dispatch dispatch);

    void start();

    /** Finishes what is in flight and hands back what was never started. */
    List<Dispatch> stop();
}
