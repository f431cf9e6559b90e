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
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.smsgateway.encoding.TextEncoding;

/**
 * One message to one subscriber, from acceptance to its final state. Delivery works on the row
 * directly (see {@code DeliveryLedger}); the entity serves intake and reads.
 */
@Entity
@Table(name = "message")
public class Message extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "idempotency_key", nullable = false)
    public String idempotencyKey;

    @Column(nullable = false)
    public Msisdn msisdn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    @Column(name = "campaign_id")
    public String campaignId;

    @Column(name = "template_id")
    public String templateId;

    @Column(nullable = false)
    public String brandname;

    @Column(nullable = false)
    public String body;

    /** Null for Zalo, which carries plain Unicode text. */
    @Enumerated(EnumType.STRING)
    public TextEncoding encoding;

    @Column(name = "part_count", nullable = false)
    public int partCount;

    /** The concatenation reference of all parts, kept so a retried part joins the others. */
    @Column(name = "concat_ref", nullable = false)
    public int concatRef;

    @Column(nullable = false)
    public int priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MessageStatus status;

    public String reason;

    /** Earliest send time: the scheduled time, moved into the advertising window when needed. */
    @Column(name = "not_before", nullable = false)
    public Instant notBefore;

    @Column(name = "valid_until", nullable = false)
    public Instant validUntil;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
