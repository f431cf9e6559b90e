package vn.mobifone.care.itticket.ticket;

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

@Entity
@Table(name = "ticket_comment")
public class TicketComment extends PanacheEntityBase {

    /** Internal notes stay between the tiers; customer-visible ones are what the agent reads out (step 3.1). */
    public enum Visibility {
        INTERNAL,
        CUSTOMER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "ticket_id")
    public UUID ticketId;

    public Instant at;

    public String author;

    @Enumerated(EnumType.STRING)
    public Visibility visibility;

    public String text;
}
