package vn.mobifone.care.itticket.sla;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalTime;

@Entity
@Table(name = "business_calendar")
public class CalendarRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    public String name;

    @Column(name = "always_open")
    public boolean alwaysOpen;

    public String zone;

    @Column(name = "work_start")
    public LocalTime workStart;

    @Column(name = "work_end")
    public LocalTime workEnd;

    /** ISO days of week, comma separated, 1 = Monday. */
    @Column(name = "work_days")
    public String workDays;
}
