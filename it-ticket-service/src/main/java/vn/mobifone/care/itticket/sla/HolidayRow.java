package vn.mobifone.care.itticket.sla;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

@Entity
@Table(name = "calendar_holiday")
@IdClass(HolidayRow.Key.class)
public class HolidayRow extends PanacheEntityBase {

    @Id
    @Column(name = "calendar_id")
    public long calendarId;

    @Id
    public LocalDate day;

    public String name;

    public static class Key implements Serializable {
        public long calendarId;
        public LocalDate day;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && calendarId == k.calendarId && Objects.equals(day, k.day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(calendarId, day);
        }
    }
}
