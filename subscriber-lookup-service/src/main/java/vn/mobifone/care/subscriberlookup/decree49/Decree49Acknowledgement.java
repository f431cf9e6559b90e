package vn.mobifone.care.subscriberlookup.decree49;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "decree49_acknowledgement")
public class Decree49Acknowledgement {

    @Id
    public UUID id;
    public String msisdn;
    public String subject;
    public String callId;
    public String purpose;
    public Instant acknowledgedAt;
}
