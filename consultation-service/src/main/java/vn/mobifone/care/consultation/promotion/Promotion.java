package vn.mobifone.care.consultation.promotion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "promotion")
public class Promotion extends PanacheEntityBase {

    @Id
    public UUID id;

    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public PromotionKind kind;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    public String benefits;

    public String conditions;

    @Column(name = "value_vnd")
    public long valueVnd;

    @Column(name = "exclusivity_group")
    public String exclusivityGroup;

    @Column(name = "payment_types")
    public String[] paymentTypes;

    @Column(name = "arpu_min_vnd")
    public Long arpuMinVnd;

    @Column(name = "arpu_max_vnd")
    public Long arpuMaxVnd;

    public String[] packages;

    public String[] services;

    @Column(name = "on_net_calls")
    public boolean onNetCalls;

    @Column(name = "reference_only")
    public boolean referenceOnly;

    @Column(name = "golden_days_top_up")
    public boolean goldenDaysTopUp;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
