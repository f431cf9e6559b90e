package vn.mobifone.care.outboundcampaign.simswap.team;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

@Entity(name = "SimSwapTeam")
@Table(name = "sim_swap_team")
public class Team extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public TeamKind kind;

    @Column(name = "province_code")
    public String provinceCode;

    public String phone;

    public String address;

    public boolean active;

    /** District and ward codes; empty for a rapid-response team, which covers its whole province. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sim_swap_coverage", joinColumns = @JoinColumn(name = "team_code"))
    @Column(name = "area_code")
    public Set<String> coverage = new HashSet<>();

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
