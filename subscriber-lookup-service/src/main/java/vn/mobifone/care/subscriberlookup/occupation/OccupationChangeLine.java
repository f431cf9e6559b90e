package vn.mobifone.care.subscriberlookup.occupation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One audited occupation change: who changed it, on which call, from which code to which. */
@Entity
@Table(name = "occupation_change")
public class OccupationChangeLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Instant changedAt;
    public String msisdn;
    public String subject;
    public String role;
    public String callId;
    public Instant callStartedAt;
    public Short oldCode;
    public short newCode;
}
