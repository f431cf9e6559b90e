package vn.mobifone.care.outboundcampaign.simswap.team;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import vn.mobifone.care.outboundcampaign.simswap.area.Area;
import vn.mobifone.care.outboundcampaign.simswap.area.AreaDirectory;
import vn.mobifone.care.outboundcampaign.simswap.area.AreaLevel;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.problem.ResourceConflict;
import vn.mobifone.care.platform.problem.ResourceNotFound;
import vn.mobifone.care.platform.web.Page;
import vn.mobifone.care.platform.web.PageRequest;

/** The sales force of each province and the districts and wards each team serves. */
@ApplicationScoped
public class TeamDirectory {

    private final AreaDirectory areas;
    private final Clock clock;

    public TeamDirectory(AreaDirectory areas, Clock clock) {
        this.areas = areas;
        this.clock = clock;
    }

    public record Saved(Team team, boolean created) {
    }

    @Transactional
    public Saved save(String code, TeamRequest request, String actor) {
        Area province = Area.findById(request.provinceCode());
        if (province == null || province.level != AreaLevel.PROVINCE) {
            throw new InvalidInput("provinceCode", "no province " + request.provinceCode());
        }
        if (request.kind() == TeamKind.RAPID_RESPONSE && !request.coverageOrEmpty().isEmpty()) {
            throw new InvalidInput("coverage", "a rapid-response team covers its whole province; name no districts or wards");
        }
        if (request.kind() != TeamKind.RAPID_RESPONSE && request.coverageOrEmpty().isEmpty()) {
            throw new InvalidInput("coverage", "name the districts or wards the team serves");
        }
        for (String areaCode : request.coverageOrEmpty()) {
            requireWithin(province, areaCode);
        }
        Team team = Team.findById(code, LockModeType.PESSIMISTIC_WRITE);
        boolean created = team == null;
        if (created) {
            team = new Team();
            team.code = code;
        } else if (!team.provinceCode.equals(province.code)) {
            // Its queue holds requests of its province; a team of another province is another team.
            throw new ResourceConflict("team-province-fixed", "Team " + code + " belongs to province " + team.provinceCode);
        }
        team.name = request.name().strip();
        team.kind = request.kind();
        team.provinceCode = province.code;
        team.phone = request.phone().strip();
        team.address = request.address() == null || request.address().isBlank() ? null : request.address().strip();
        team.active = request.isActive();
        team.coverage.clear();
        team.coverage.addAll(new HashSet<>(request.coverageOrEmpty()));
        team.updatedBy = actor;
        team.updatedAt = clock.instant();
        if (created) {
            team.persist();
        }
        return new Saved(team, created);
    }

    public Team get(String code) {
        Team team = Team.findById(code);
        if (team == null) {
            throw new ResourceNotFound("Team", code);
        }
        return team;
    }

    public Page<TeamView> list(String provinceCode, TeamKind kind, String areaCode, PageRequest page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (provinceCode != null) {
            query.append(" and provinceCode = :province");
            parameters.and("province", provinceCode);
        }
        if (kind != null) {
            query.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        if (areaCode != null) {
            query.append(" and :area member of coverage");
            parameters.and("area", areaCode);
        }
        var found = Team.<Team>find(query.toString(), Sort.by("code"), parameters);
        List<TeamView> items = found.page(page.page, page.size).list().stream().map(TeamView::of).toList();
        return Page.of(items, page, found.count());
    }

    private void requireWithin(Area province, String areaCode) {
        Area area = Area.findById(areaCode);
        if (area == null) {
            throw new InvalidInput("coverage", "no area " + areaCode);
        }
        if (area.level == AreaLevel.PROVINCE) {
            throw new InvalidInput("coverage", areaCode + " is a province; a team covers districts or wards");
        }
        List<Area> chain = areas.chain(area);
        if (!chain.get(chain.size() - 1).code.equals(province.code)) {
            throw new InvalidInput("coverage", areaCode + " is not in province " + province.code);
        }
    }
}
