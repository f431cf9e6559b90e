package vn.mobifone.care.subscriberlookup.agents;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A person of the directory: an agent or a supervisor of one partner, identified by the subject of their tokens. */
@Entity
@Table(name = "agent")
public class Agent {

    @Id
    public String id;
    public String name;
    public String partnerId;
    @Enumerated(EnumType.STRING)
    public AgentRole role;
    public String callCentre;
    public String line;
    @Enumerated(EnumType.STRING)
    public AgentStatus status;
    public LocalDate startDate;
    public LocalDate departureDate;
    public Instant removedAt;
    public String recordedBy;
    public Instant recordedAt;
}
