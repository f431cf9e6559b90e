package vn.mobifone.care.subscriberlookup.agents;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A partner company that runs call-centre lines for MobiFone and employs their agents. */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    public String id;
    public String name;
    public Instant createdAt;
    public String createdBy;
}
