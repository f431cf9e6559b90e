package vn.mobifone.care.consultation.vip;

import vn.mobifone.care.consultation.promotion.PaymentType;
import vn.mobifone.care.platform.msisdn.Msisdn;

/** A leader of the regional company, the business number, and the requests the tests take from them. */
public final class Leaders {

    public static final String NAME = "Lê Thanh Bình";
    /** A business number's subscription name: the company prefix, then the leader's name and title (seed 001). */
    public static final String BUSINESS_NAME =
            "Công Ty Dịch Vụ MobiFone Khu Vực 2 - Chi Nhánh Tổng Công Ty Viễn Thông MobiFone - Lê Thanh Bình (Phó Giám đốc)";
    public static final Msisdn BUSINESS_NUMBER = Msisdn.parse("0909000111");
    public static final Msisdn PERSONAL_NUMBER = Msisdn.parse("0938000222");
    public static final Msisdn STAFF_LINE = Msisdn.parse("0901555666");

    private Leaders() {
    }

    /** The leader calls from the business number to have a lost phone cut. */
    public static VipIntakeRequest cutLostPhone(Msisdn calling, Msisdn lost) {
        return new VipIntakeRequest(NAME, calling, VipRequestType.CUT_LOST_PHONE, lost, calling, null, null, null, "CALL-VIP-1");
    }

    public static VipIntakeRequest reopen(VipRequestType type, Msisdn target, String statedOwner, PaymentType statedPaymentType) {
        return new VipIntakeRequest(NAME, BUSINESS_NUMBER, type, target, BUSINESS_NUMBER, statedOwner, statedPaymentType, null, "CALL-VIP-2");
    }

    public static LineOnRecord businessLine() {
        return LineOnRecord.shown(true, BUSINESS_NAME, PaymentType.POSTPAID, "ACTIVE_2C");
    }

    public static LineOnRecord line(String owner, PaymentType type, String status) {
        return LineOnRecord.shown(false, owner, type, status);
    }

    /** The entity as intake would save it, for the pure rules. */
    public static VipRequest entity(VipIntakeRequest intake) {
        VipRequest r = new VipRequest();
        r.leaderName = intake.leaderName();
        r.callingNumber = intake.callingNumber();
        r.requestType = intake.requestType();
        r.targetNumber = intake.targetNumber();
        r.callbackNumber = intake.callbackNumber();
        r.statedOwnerName = intake.statedOwnerName();
        r.statedPaymentType = intake.statedPaymentType();
        return r;
    }
}
