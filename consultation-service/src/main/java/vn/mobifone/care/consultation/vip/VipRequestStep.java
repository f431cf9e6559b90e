package vn.mobifone.care.consultation.vip;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One timestamped step of a request, for the supervisors' queue. */
@Entity
@Table(name = "vip_request_step")
public class VipRequestStep extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id")
    public UUID requestId;

    public Instant at;

    public String actor;

    public String step;

    @Enumerated(EnumType.STRING)
    public VipState state;

    public String note;
}
