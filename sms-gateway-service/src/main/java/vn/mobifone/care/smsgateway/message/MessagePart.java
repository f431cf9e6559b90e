package vn.mobifone.care.smsgateway.message;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One SMS part as the SMSC knows it: written by delivery when the SMSC acknowledged it (read-only here). */
@Entity
@Table(name = "message_part")
public class MessagePart extends PanacheEntityBase {

    public enum State {
        SUBMITTED,
        DELIVERED,
        FAILED,
        /** No receipt within the receipt validity, or the SMSC gave its id to a newer part. */
        EXPIRED
    }

    /** Our own key: the SMSC's id is unique only per account and only while the part is open. */
    @Id
    public Long id;

    @Column(name = "smsc_account", nullable = false)
    public String smscAccount;

    @Column(name = "smsc_message_id", nullable = false)
    public String smscMessageId;

    @Column(name = "message_id", nullable = false)
    public UUID messageId;

    @Column(nullable = false)
    public int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    public String error;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "completed_at")
    public Instant completedAt;
}
