package vn.mobifone.care.smsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.junit.jupiter.api.Test;

/** A receipt the submitting ESME could not take waits for that ESME; another account never gets it. */
class ReceiptRoutingTest {

    @Test
    void aReceiptWaitsForItsOwnAccountAndNeverGoesToAnother() throws Exception {
        try (SmscSimulator smsc = SmscSimulator.start(0, Duration.ofMillis(100))) {
            Receipts alphaFirst = new Receipts();
            SMPPSession alpha = bind(smsc, "alpha", alphaFirst);
            String id = alpha.submitShortMessage("", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "MobiFone",
                    TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "84901000001", new ESMClass(), (byte) 0, (byte) 0,
                    null, null, new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0, DataCodings.ZERO, (byte) 0,
                    "hello".getBytes()).getMessageId();
            alpha.unbindAndClose(); // gone before its receipt is due

            Receipts beta = new Receipts();
            SMPPSession betaSession = bind(smsc, "beta", beta);
            // The receipt is due at 100 ms and retried every 500 ms: three retries pass beta by.
            await().during(Duration.ofMillis(1_500)).atMost(Duration.ofSeconds(3)).until(beta.ids::isEmpty);

            Receipts alphaAgain = new Receipts();
            SMPPSession alphaSession = bind(smsc, "alpha", alphaAgain);
            await().atMost(Duration.ofSeconds(5)).until(() -> !alphaAgain.ids.isEmpty());
            assertThat(alphaAgain.ids).containsExactly(id);
            assertThat(beta.ids).isEmpty();
            assertThat(alphaFirst.ids).isEmpty();
            betaSession.unbindAndClose();
            alphaSession.unbindAndClose();
        }
    }

    private static SMPPSession bind(SmscSimulator smsc, String systemId, Receipts receipts) throws Exception {
        SMPPSession session = new SMPPSession();
        session.setMessageReceiverListener(receipts);
        session.connectAndBind("127.0.0.1", smsc.port(), new BindParameter(BindType.BIND_TRX, systemId, systemId, "",
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null));
        return session;
    }

    private static final class Receipts implements MessageReceiverListener {
        final List<String> ids = new CopyOnWriteArrayList<>();

        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) {
            try {
                ids.add(deliverSm.getShortMessageAsDeliveryReceipt().getId());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) {
            return null;
        }
    }
}
