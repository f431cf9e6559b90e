package vn.mobifone.care.subscriberlookup.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the append-only access audit (the table refuses updates and deletes). */
@Entity
@Table(name = "personal_data_access")
public class PersonalDataAccess {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Instant accessedAt;
    public String subject;
    public String role;
    public String msisdn;
    public String callId;
    public String purpose;
    @Enumerated(EnumType.STRING)
    @Column(name = "access_view")
    public AccessView view;
    /** The service that disclosed the data. */
    public String service;
    /** READ, or REFUSED for an attempt by an account no longer active. */
    public String outcome;
    /** For a change, what changed. */
    public String detail;
}
