package vn.mobifone.care.consultation.promotion;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.problem.ResourceConflict;
import vn.mobifone.care.platform.problem.ResourceNotFound;
import vn.mobifone.care.platform.web.Page;
import vn.mobifone.care.platform.web.PageRequest;

/** The catalogue supervisors keep; agents read it through the advice. */
@ApplicationScoped
public class PromotionCatalogue {

    /** Entries that ended this recently are still named in the advice, so the agent can say they ended. */
    static final int ENDED_LATELY_DAYS = 30;

    private final EntityManager em;
    private final Clock clock;

    public PromotionCatalogue(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public PromotionView create(PromotionRequest request, String actor) {
        Promotion promotion = new Promotion();
        promotion.id = UUID.randomUUID();
        apply(request, promotion, actor);
        promotion.persist();
        flushUniqueCode(promotion.code);
        return PromotionView.of(promotion);
    }

    @Transactional
    public PromotionView update(UUID id, PromotionRequest request, String actor) {
        Promotion promotion = find(id);
        apply(request, promotion, actor);
        flushUniqueCode(promotion.code);
        return PromotionView.of(promotion);
    }

    @Transactional
    public void delete(UUID id) {
        find(id).delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PromotionView get(UUID id) {
        return PromotionView.of(find(id));
    }

    /** Newest period first; {@code on} keeps the entries whose period includes that day. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PromotionView> list(PromotionKind kind, LocalDate on, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (kind != null) {
            where.append(" AND kind = :kind");
            params.and("kind", kind);
        }
        if (on != null) {
            where.append(" AND startsOn <= :on AND endsOn >= :on");
            params.and("on", on);
        }
        var query = Promotion.<Promotion>find(where.toString(), Sort.descending("startsOn").and("code"), params);
        List<PromotionView> items = query.page(page.page, page.size).list().stream().map(PromotionView::of).toList();
        return Page.of(items, page, query.count());
    }

    /** What the advice weighs today: entries not ended, and those that ended lately. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PromotionView> forAdvice(LocalDate today) {
        return Promotion.<Promotion>list("endsOn >= ?1", Sort.ascending("code"), today.minusDays(ENDED_LATELY_DAYS))
                .stream().map(PromotionView::of).toList();
    }

    private Promotion find(UUID id) {
        Promotion promotion = Promotion.findById(id);
        if (promotion == null) {
            throw new ResourceNotFound("Promotion", id);
        }
        return promotion;
    }

    private void apply(PromotionRequest r, Promotion p, String actor) {
        if (r.endsOn().isBefore(r.startsOn())) {
            throw new InvalidInput("endsOn", "must not be before startsOn");
        }
        if (r.arpuMinVnd() != null && r.arpuMaxVnd() != null && r.arpuMinVnd() > r.arpuMaxVnd()) {
            throw new InvalidInput("arpuMaxVnd", "must not be below arpuMinVnd");
        }
        p.code = upper(r.code());
        p.name = r.name().strip();
        p.kind = r.kind();
        p.startsOn = r.startsOn();
        p.endsOn = r.endsOn();
        p.benefits = r.benefits().strip();
        p.conditions = r.conditions().strip();
        p.valueVnd = r.valueVnd();
        p.exclusivityGroup = r.exclusivityGroup() == null || r.exclusivityGroup().isBlank() ? null : upper(r.exclusivityGroup());
        p.paymentTypes = r.paymentTypes().stream().map(Enum::name).sorted().toArray(String[]::new);
        p.arpuMinVnd = r.arpuMinVnd();
        p.arpuMaxVnd = r.arpuMaxVnd();
        p.packages = codes(r.packages());
        p.services = codes(r.services());
        p.onNetCalls = r.onNetCalls();
        p.referenceOnly = r.referenceOnly();
        p.goldenDaysTopUp = r.goldenDaysTopUp();
        p.updatedAt = clock.instant();
        p.updatedBy = actor;
    }

    /** The unique index decides, so two supervisors saving one code at once get one entry and one 409. */
    private void flushUniqueCode(String code) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (!(e instanceof ConstraintViolationException) && !(e.getCause() instanceof ConstraintViolationException)) {
                throw e;
            }
            throw new ResourceConflict("promotion-code-taken", "Another catalogue entry already has the code " + code);
        }
    }

    private static String[] codes(Set<String> values) {
        return values == null ? new String[0] : values.stream().map(PromotionCatalogue::upper).distinct().sorted().toArray(String[]::new);
    }

    private static String upper(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
