package vn.mobifone.care.outboundcampaign.simswap.request;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.mobifone.care.platform.msisdn.Msisdn;

@Entity
@Table(name = "sim_swap_request")
public class SimSwapRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Enumerated(EnumType.STRING)
    public IntakeChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_type")
    public RequestType requestType;

    public Msisdn msisdn;

    @Column(name = "other_network")
    public boolean otherNetwork;

    @Column(name = "customer_name")
    public String customerName;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "district_code")
    public String districtCode;

    @Column(name = "ward_code")
    public String wardCode;

    public String street;

    public String note;

    @Column(name = "team_code")
    public String teamCode;

    @Enumerated(EnumType.STRING)
    public Route route;

    @Column(name = "matched_area_code")
    public String matchedAreaCode;

    @Column(name = "authority_name")
    public String authorityName;

    @Column(name = "authority_phone")
    public String authorityPhone;

    @Enumerated(EnumType.STRING)
    public RequestStatus status;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "received_by")
    public String receivedBy;

    @Column(name = "routed_at")
    public Instant routedAt;

    @Column(name = "outcome_at")
    public Instant outcomeAt;

    @Column(name = "outcome_by")
    public String outcomeBy;

    @Column(name = "outcome_note")
    public String outcomeNote;
}
