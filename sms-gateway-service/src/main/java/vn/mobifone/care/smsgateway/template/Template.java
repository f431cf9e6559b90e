package vn.mobifone.care.smsgateway.template;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.mobifone.care.smsgateway.message.Category;
import vn.mobifone.care.smsgateway.message.Channel;

@Entity
@Table(name = "template")
public class Template extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String body;

    @Column(nullable = false)
    public String brandname;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    @Column(name = "fold_diacritics", nullable = false)
    public boolean foldDiacritics;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public TemplateText text() {
        return new TemplateText(body);
    }
}
