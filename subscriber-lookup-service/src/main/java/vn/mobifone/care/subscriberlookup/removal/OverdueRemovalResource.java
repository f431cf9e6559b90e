package vn.mobifone.care.subscriberlookup.removal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.platform.security.Roles;

@Path("/removal-requests/overdue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Removal requests")
public class OverdueRemovalResource {

    private final RemovalRequests requests;

    public OverdueRemovalResource(RemovalRequests requests) {
        this.requests = requests;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "overdueRemovalRequests", summary = "For MobiFone's 1090 centre: requests past the 5th and not sent, with the partner and the count of departures")
    public List<RemovalRequestView.Overdue> overdue() {
        return requests.overdue();
    }
}
