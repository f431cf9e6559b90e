package vn.mobifone.care.outboundcampaign.simswap.request;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.problem.ResourceNotFound;
import vn.mobifone.care.platform.web.Page;
import vn.mobifone.care.platform.web.PageRequest;

/** A team's work queue (oldest first: the customer waiting longest is called first) and single requests. */
@ApplicationScoped
public class SimSwapRequestQueries {

    public SimSwapRequestView view(UUID id) {
        SimSwapRequest r = SimSwapRequest.findById(id);
        if (r == null) {
            throw new ResourceNotFound("SIM-swap request", id);
        }
        return SimSwapRequestView.of(r);
    }

    public Page<SimSwapRequestView> search(String teamCode, RequestStatus status, String provinceCode, Msisdn msisdn, PageRequest page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (teamCode != null) {
            query.append(" and teamCode = :team");
            parameters.and("team", teamCode);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (provinceCode != null) {
            query.append(" and provinceCode = :province");
            parameters.and("province", provinceCode);
        }
        if (msisdn != null) {
            query.append(" and msisdn = :msisdn");
            parameters.and("msisdn", msisdn);
        }
        var found = SimSwapRequest.<SimSwapRequest>find(query.toString(), Sort.by("receivedAt").and("id"), parameters);
        List<SimSwapRequestView> items = found.page(page.page, page.size).list().stream().map(SimSwapRequestView::of).toList();
        return Page.of(items, page, found.count());
    }
}
