package vn.mobifone.care.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import vn.mobifone.care.smsc.ReceivedSubmit;
import vn.mobifone.care.smsc.SmscSimulator;

/** What reached the SMSC over SMPP, as the customer's handset would show it. */
final class SmscInbox {

    private SmscInbox() {
    }

    /**
     * The one message the SMSC received for {@code msisdn}, its parts put back together: fails
     * when none came, a part came twice or a second message came.
     */
    static String receivedOnce(SmscSimulator smsc, String msisdn) {
        List<ReceivedSubmit> parts = await("the SMS at the SMSC").atMost(Events.WAIT)
                .until(() -> smsc.submitsTo(msisdn), p -> !p.isEmpty() && p.size() >= p.get(0).concatTotal());
        assertThat(parts.stream().map(ReceivedSubmit::concatReference).distinct()).as("messages to %s", msisdn).hasSize(1);
        assertThat(parts.stream().map(ReceivedSubmit::concatSequence).distinct()).as("parts to %s", msisdn).hasSize(parts.size());
        // The seed's text is GSM 7-bit (data coding 0) and uses only characters that GSM and ASCII
        // share, so the unpacked septets read as ASCII.
        assertThat(parts).allMatch(p -> p.dataCoding() == 0);
        return parts.stream().sorted(Comparator.comparingInt(ReceivedSubmit::concatSequence))
                .map(p -> new String(p.payload(), StandardCharsets.US_ASCII)).reduce("", String::concat);
    }
}
