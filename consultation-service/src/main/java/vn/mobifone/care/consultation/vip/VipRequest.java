package vn.mobifone.care.consultation.vip;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.mobifone.care.consultation.promotion.PaymentType;
import vn.mobifone.care.platform.msisdn.Msisdn;

@Entity
@Table(name = "vip_request")
public class VipRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "leader_name")
    public String leaderName;

    @Column(name = "calling_number")
    public Msisdn callingNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_type")
    public VipRequestType requestType;

    @Column(name = "target_number")
    public Msisdn targetNumber;

    @Column(name = "callback_number")
    public Msisdn callbackNumber;

    @Column(name = "stated_owner_name")
    public String statedOwnerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "stated_payment_type")
    public PaymentType statedPaymentType;

    public String note;

    @Column(name = "call_id")
    public String callId;

    @Enumerated(EnumType.STRING)
    public VipState state;

    @Column(name = "calling_is_business")
    public Boolean callingIsBusiness;

    @Column(name = "outcome_reason")
    public String outcomeReason;

    /** JSON list of {@link Mismatch}. */
    public String mismatches;

    public String result;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "received_by")
    public String receivedBy;

    @Column(name = "checked_at")
    public Instant checkedAt;

    @Column(name = "executed_at")
    public Instant executedAt;

    @Column(name = "closed_at")
    public Instant closedAt;
}
