package vn.mobifone.care.itticket.sla;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The stored state of one {@link SlaClock}, plus the moments the sweeper reads. */
@Entity
@Table(name = "sla_clock")
@IdClass(StageClockRow.Key.class)
public class StageClockRow extends PanacheEntityBase {

    @Id
    @Column(name = "ticket_id")
    public UUID ticketId;

    @Id
    @Enumerated(EnumType.STRING)
    public SlaStage stage;

    @Enumerated(EnumType.STRING)
    public ClockStatus status;

    @Column(name = "budget_seconds")
    public long budgetSeconds;

    /** Seconds to the microsecond: a whole-second column lost the fraction at every pause, stop and reclassification. */
    @Column(name = "consumed_seconds", precision = 18, scale = 6)
    public BigDecimal consumedSeconds;

    @Column(name = "running_since")
    public Instant runningSince;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "warn_at")
    public Instant warnAt;

    @Column(name = "next_check_at")
    public Instant nextCheckAt;

    @Column(name = "warned_at")
    public Instant warnedAt;

    @Column(name = "breached_at")
    public Instant breachedAt;

    public SlaClock clock() {
        return new SlaClock(stage, status, Duration.ofSeconds(budgetSeconds), duration(consumedSeconds),
                runningSince, warnedAt, breachedAt);
    }

    /** Stores {@code clock} and the moments derived from it on {@code calendar}. */
    public void store(SlaClock clock, int warningPercent, BusinessCalendar calendar) {
        status = clock.status();
        budgetSeconds = clock.budget().toSeconds();
        consumedSeconds = seconds(clock.consumed());
        runningSince = clock.runningSince();
        dueAt = clock.dueAt(calendar);
        warnAt = clock.warnAt(warningPercent, calendar);
        nextCheckAt = clock.nextCheck(warningPercent, calendar);
    }

    static BigDecimal seconds(Duration duration) {
        return BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9)).setScale(6, RoundingMode.DOWN);
    }

    static Duration duration(BigDecimal seconds) {
        BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
        return Duration.ofSeconds(whole.longValueExact(), seconds.subtract(whole).movePointRight(9).longValueExact());
    }

    public static class Key implements Serializable {
        public UUID ticketId;
        public SlaStage stage;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(ticketId, k.ticketId) && stage == k.stage;
        }

        @Override
        public int hashCode() {
            return Objects.hash(ticketId, stage);
        }
    }
}
