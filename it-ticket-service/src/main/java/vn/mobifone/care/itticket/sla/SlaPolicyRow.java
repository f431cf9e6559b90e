package vn.mobifone.care.itticket.sla;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import vn.mobifone.care.itticket.ticket.RequestType;

/** A stored policy version; rows are never edited, an admin change adds the next version. */
@Entity
@Table(name = "sla_policy")
public class SlaPolicyRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_type")
    public RequestType requestType;

    public int version;

    @Column(name = "regional_budget_minutes")
    public int regionalBudgetMinutes;

    @Column(name = "it_centre_budget_minutes")
    public int itCentreBudgetMinutes;

    @Column(name = "total_budget_minutes")
    public int totalBudgetMinutes;

    @Column(name = "warning_percent")
    public int warningPercent;

    @Column(name = "calendar_id")
    public long calendarId;

    @Column(name = "current_version")
    public boolean currentVersion;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    public SlaPolicy policy() {
        return new SlaPolicy(id, requestType, version, Duration.ofMinutes(regionalBudgetMinutes),
                Duration.ofMinutes(itCentreBudgetMinutes), Duration.ofMinutes(totalBudgetMinutes), warningPercent, calendarId);
    }
}
