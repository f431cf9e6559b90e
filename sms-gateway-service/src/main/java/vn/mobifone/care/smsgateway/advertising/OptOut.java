package vn.mobifone.care.smsgateway.advertising;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A subscriber who asked for no advertising; care and transactional messages still reach them. */
@Entity
@Table(name = "opt_out")
public class OptOut extends PanacheEntityBase {

    /** The normalised MSISDN: an id column takes no attribute converter. */
    @Id
    public String msisdn;

    @Column(nullable = false)
    public String source;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "opted_out_at", nullable = false)
    public Instant optedOutAt;
}
