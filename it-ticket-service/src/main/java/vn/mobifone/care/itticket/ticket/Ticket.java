package vn.mobifone.care.itticket.ticket;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "ticket")
public class Ticket extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Column(name = "original_reference")
    public String originalReference;

    @Column(name = "customer_code")
    public String customerCode;

    @Column(name = "customer_name")
    public String customerName;

    @Column(name = "it_service")
    public String itService;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_type")
    public RequestType requestType;

    public short level;

    @Column(name = "level_reason")
    public String levelReason;

    public String subject;

    public String description;

    @Enumerated(EnumType.STRING)
    public TicketState state;

    @Enumerated(EnumType.STRING)
    public Tier tier;

    public boolean reopened;

    public String team;

    public String assignee;

    @Column(name = "policy_id")
    public long policyId;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "received_by")
    public String receivedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    public String resolution;

    @Column(name = "progress_note")
    public String progressNote;

    @Column(name = "progress_updated_at")
    public Instant progressUpdatedAt;

    @Column(name = "expected_resolution_at")
    public Instant expectedResolutionAt;
}
