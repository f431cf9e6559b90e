package vn.mobifone.care.subscriberlookup.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.web.Page;
import vn.mobifone.care.platform.web.PageRequest;

@Path("/personal-data-accesses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personal data audit")
public class AuditResource {

    private final AccessAudit audit;

    public AuditResource(AccessAudit audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Who looked at this number, or what this agent looked at (newest first)")
    public Page<AccessRecord> find(@QueryParam("msisdn") Msisdn msisdn,
            @QueryParam("subject") @Pattern(regexp = "[A-Za-z0-9._@:-]{1,100}") String subject,
            @BeanParam @Valid PageRequest page) {
        if (msisdn == null && subject == null) {
            throw new InvalidInput("msisdn", "give msisdn, subject or both");
        }
        return audit.find(msisdn, subject, page);
    }
}
