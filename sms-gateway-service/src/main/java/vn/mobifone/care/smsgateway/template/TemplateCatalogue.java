package vn.mobifone.care.smsgateway.template;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.LockModeType;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.problem.ResourceNotFound;
import vn.mobifone.care.platform.web.PageRequest;
import vn.mobifone.care.smsgateway.message.Channel;

/** The templates supervisors manage and every message is written from. */
@ApplicationScoped
public class TemplateCatalogue {

    /** SMPP alphanumeric source addresses: 11 GSM characters, kept to plain ones. */
    private static final Pattern SMS_SENDER = Pattern.compile("[A-Za-z0-9 ._-]{1,11}");

    private final Clock clock;

    public TemplateCatalogue(Clock clock) {
        this.clock = clock;
    }

    public Template get(String id) {
        Template template = Template.findById(id);
        if (template == null) {
            throw new ResourceNotFound("Template", id);
        }
        return template;
    }

    /** Creates the template or replaces its content; {@code created} tells which. */
    @Transactional
    public Saved save(String id, TemplateRequest request, String author) {
        if (request.channel() == Channel.SMS && !SMS_SENDER.matcher(request.brandname()).matches()) {
            throw new InvalidInput("brandname", "An SMS brandname is at most 11 plain letters, digits or spaces");
        }
        Template template = Template.findById(id, LockModeType.PESSIMISTIC_WRITE);
        boolean created = template == null;
        if (created) {
            template = new Template();
            template.id = id;
        }
        apply(template, request, author);
        if (created) {
            template.persist();
        }
        return new Saved(template, created);
    }

    public record Saved(Template template, boolean created) {
    }

    public List<Template> list(PageRequest page) {
        return Template.findAll(Sort.by("id")).page(page.page, page.size).list();
    }

    public long count() {
        return Template.count();
    }

    private void apply(Template template, TemplateRequest request, String author) {
        template.body = request.body();
        template.brandname = request.brandname();
        template.channel = request.channel();
        template.category = request.category();
        template.foldDiacritics = request.foldDiacritics();
        template.updatedBy = author;
        template.updatedAt = clock.instant();
    }
}
