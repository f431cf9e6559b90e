package vn.mobifone.care.smsgateway.template;

import java.time.Instant;
import java.util.Set;
import vn.mobifone.care.smsgateway.message.Category;
import vn.mobifone.care.smsgateway.message.Channel;

public record TemplateView(
        String id,
        String body,
        Set<String> placeholders,
        String brandname,
        Channel channel,
        Category category,
        boolean foldDiacritics,
        String updatedBy,
        Instant updatedAt) {

    static TemplateView of(Template t) {
        return new TemplateView(t.id, t.body, t.text().placeholders(), t.brandname, t.channel, t.category, t.foldDiacritics,
                t.updatedBy, t.updatedAt);
    }
}
