package vn.mobifone.care.outboundcampaign.simswap.area;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.problem.ResourceConflict;
import vn.mobifone.care.platform.problem.ResourceNotFound;
import vn.mobifone.care.platform.web.Page;
import vn.mobifone.care.platform.web.PageRequest;

/**
 * The province -> district -> ward tree requests are routed along, and the quarantines on it.
 * An area's level never changes once declared: teams' coverage and past requests refer to it.
 */
@ApplicationScoped
public class AreaDirectory {

    private final Clock clock;

    public AreaDirectory(Clock clock) {
        this.clock = clock;
    }

    public record Saved(Area area, boolean created) {
    }

    @Transactional
    public Saved save(String code, AreaRequest request, String actor) {
        return apply(code, request, actor);
    }

    /**
     * Declares one area; also the core of the CSV import, which runs it line after line in one
     * transaction, so it refuses by exception before it writes anything.
     */
    Saved apply(String code, AreaRequest request, String actor) {
        String parentCode = blankToNull(request.parentCode());
        if (request.level() == AreaLevel.PROVINCE) {
            if (parentCode != null) {
                throw new InvalidInput("parentCode", "a province has no parent");
            }
        } else {
            if (parentCode == null) {
                throw new InvalidInput("parentCode", "is required: a " + request.level() + " lies in a " + request.level().parent());
            }
            Area parent = Area.findById(parentCode);
            if (parent == null) {
                throw new InvalidInput("parentCode", "no area " + parentCode);
            }
            if (parent.level != request.level().parent()) {
                throw new InvalidInput("parentCode", "a " + request.level() + " lies in a " + request.level().parent()
                        + ", " + parentCode + " is a " + parent.level);
            }
        }
        Area area = Area.findById(code, LockModeType.PESSIMISTIC_WRITE);
        boolean created = area == null;
        if (created) {
            area = new Area();
            area.code = code;
            area.level = request.level();
        } else if (area.level != request.level()) {
            throw new ResourceConflict("area-level-fixed", "Area " + code + " is a " + area.level + "; its level cannot change");
        }
        area.parentCode = parentCode;
        area.name = request.name().strip();
        touch(area, actor);
        if (created) {
            area.persist();
        }
        return new Saved(area, created);
    }

    @Transactional
    public Area quarantine(String code, QuarantineRequest request, String actor) {
        Area area = locked(code);
        if (!area.quarantined) {
            area.quarantinedSince = clock.instant();
        }
        area.quarantined = true;
        area.authorityName = request.authorityName().strip();
        area.authorityPhone = request.authorityPhone().strip();
        area.quarantineNote = blankToNull(request.note());
        touch(area, actor);
        return area;
    }

    @Transactional
    public Area lift(String code, String actor) {
        Area area = locked(code);
        if (!area.quarantined) {
            throw new ResourceConflict("not-quarantined", "Area " + code + " is not quarantined");
        }
        area.quarantined = false;
        area.authorityName = null;
        area.authorityPhone = null;
        area.quarantineNote = null;
        area.quarantinedSince = null;
        touch(area, actor);
        return area;
    }

    public Area get(String code) {
        Area area = Area.findById(code);
        if (area == null) {
            throw new ResourceNotFound("Area", code);
        }
        return area;
    }

    public Page<AreaView> list(String parentCode, Boolean quarantined, PageRequest page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (parentCode != null) {
            query.append(" and parentCode = :parent");
            parameters.and("parent", parentCode);
        } else if (quarantined == null) {
            // Without a filter, the list starts at the top of the tree: the provinces.
            query.append(" and parentCode is null");
        }
        if (quarantined != null) {
            query.append(" and quarantined = :quarantined");
            parameters.and("quarantined", quarantined);
        }
        var found = Area.<Area>find(query.toString(), Sort.by("code"), parameters);
        List<AreaView> items = found.page(page.page, page.size).list().stream().map(AreaView::of).toList();
        return Page.of(items, page, found.count());
    }

    /** The area and the areas it lies in, most specific first (ward, district, province). */
    public List<Area> chain(Area area) {
        List<Area> chain = new ArrayList<>();
        for (Area at = area; at != null; at = at.parentCode == null ? null : Area.findById(at.parentCode)) {
            chain.add(at);
        }
        return chain;
    }

    private void touch(Area area, String actor) {
        area.updatedBy = Objects.requireNonNull(actor);
        area.updatedAt = clock.instant();
    }

    private static Area locked(String code) {
        Area area = Area.findById(code, LockModeType.PESSIMISTIC_WRITE);
        if (area == null) {
            throw new ResourceNotFound("Area", code);
        }
        return area;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
