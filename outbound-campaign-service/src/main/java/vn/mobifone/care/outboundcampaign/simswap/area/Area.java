package vn.mobifone.care.outboundcampaign.simswap.area;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity(name = "SimSwapArea")
@Table(name = "sim_swap_area")
public class Area extends PanacheEntityBase {

    @Id
    public String code;

    @Enumerated(EnumType.STRING)
    public AreaLevel level;

    @Column(name = "parent_code")
    public String parentCode;

    public String name;

    public boolean quarantined;

    @Column(name = "authority_name")
    public String authorityName;

    @Column(name = "authority_phone")
    public String authorityPhone;

    @Column(name = "quarantine_note")
    public String quarantineNote;

    @Column(name = "quarantined_since")
    public Instant quarantinedSince;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
