package vn.mobifone.care.smsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.junit.jupiter.api.Test;

/** The simulator reuses message ids the way real SMSCs do, so the gateway can be tested against it. */
class MessageIdReuseTest {

    @Test
    void aRestartWithItsCounterResetHandsOutTheSameIdsAgain() throws Exception {
        try (SmscSimulator smsc = SmscSimulator.start(0, Duration.ofSeconds(10))) {
            SMPPSession first = bind(smsc, "alpha");
            String before = submit(first);
            smsc.restartWithIdsReset();
            SMPPSession again = bind(smsc, "alpha");
            assertThat(submit(again)).isEqualTo(before);
            again.unbindAndClose();
        }
    }

    @Test
    void withIdsPerAccountTwoAccountsGetTheSameIds() throws Exception {
        try (SmscSimulator smsc = SmscSimulator.start(0, Duration.ofSeconds(10))) {
            smsc.idsPerAccount(true);
            SMPPSession alpha = bind(smsc, "alpha");
            SMPPSession beta = bind(smsc, "beta");
            String a1 = submit(alpha);
            String a2 = submit(alpha);
            assertThat(submit(beta)).isEqualTo(a1);
            assertThat(submit(beta)).isEqualTo(a2);
            alpha.unbindAndClose();
            beta.unbindAndClose();
        }
    }

    private static SMPPSession bind(SmscSimulator smsc, String systemId) throws Exception {
        SMPPSession session = new SMPPSession();
        session.connectAndBind("127.0.0.1", smsc.port(), new BindParameter(BindType.BIND_TRX, systemId, systemId, "",
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null));
        return session;
    }

    private static String submit(SMPPSession session) throws Exception {
        return session.submitShortMessage("", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "MobiFone",
                TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "84901000001", new ESMClass(), (byte) 0, (byte) 0,
                null, null, new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT), (byte) 0, DataCodings.ZERO, (byte) 0,
                "hello".getBytes()).getMessageId();
    }
}
