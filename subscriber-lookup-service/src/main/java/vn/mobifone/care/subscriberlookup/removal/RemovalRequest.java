package vn.mobifone.care.subscriberlookup.removal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A partner's official removal request for a month, once sent. */
@Entity
@Table(name = "removal_request")
@IdClass(RemovalRequest.Key.class)
public class RemovalRequest {

    @Id
    public String partnerId;
    @Id
    public String month;
    public int departures;
    public Instant sentAt;
    public String sentBy;
    public Instant acknowledgedAt;
    public String acknowledgedBy;

    public record Key(String partnerId, String month) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
