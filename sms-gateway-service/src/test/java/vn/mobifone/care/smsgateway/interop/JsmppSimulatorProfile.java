package vn.mobifone.care.smsgateway.interop;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * The gateway bound to jsmpp's SMSC simulator, configured as an operator would for that SMSC
 * (docs/sms-gateway.md, "SMSCs and their quirks"): its credentials, its receipts' decimal ids,
 * and response times short enough that a backlog shows within seconds.
 */
public class JsmppSimulatorProfile implements QuarkusTestProfile {

    private static final String PORT_PROPERTY = "care.test.interop.smsc-port";

    /** A free loopback port, the same in every class loader of the test JVM. */
    static int port() {
        synchronized (System.getProperties()) {
            String port = System.getProperty(PORT_PROPERTY);
            if (port == null) {
                try (ServerSocket free = new ServerSocket(0)) {
                    port = Integer.toString(free.getLocalPort());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                System.setProperty(PORT_PROPERTY, port);
            }
            return Integer.parseInt(port);
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("care.sms.smpp.host", "127.0.0.1"),
                Map.entry("care.sms.smpp.port", Integer.toString(port())),
                Map.entry("care.sms.smpp.system-id", JsmppSimulatorSmsc.SYSTEM_ID),
                Map.entry("care.sms.smpp.password", JsmppSimulatorSmsc.PASSWORD),
                Map.entry("care.sms.smpp.account", "jsmpp-sim"),
                Map.entry("care.sms.smpp.receipt-id-form", "hex-response-decimal-receipt"),
                Map.entry("care.sms.smpp.response-timeout", "500ms"),
                Map.entry("care.sms.smpp.answer-wait", "30s"),
                Map.entry("care.sms.receipts.grace", "PT1M"));
    }
}
