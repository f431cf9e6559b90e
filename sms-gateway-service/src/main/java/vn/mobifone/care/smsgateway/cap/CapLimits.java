package vn.mobifone.care.smsgateway.cap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import vn.mobifone.care.smsgateway.message.Channel;

/** Messages per subscriber per campaign, by channel. */
@ConfigMapping(prefix = "sms-gateway.caps")
public interface CapLimits {

    @WithDefault("2")
    int sms();

    @WithDefault("1")
    int zalo();

    default int perSubscriber(Channel channel) {
        return channel == Channel.SMS ? sms() : zalo();
    }
}
