package vn.mobifone.care.outboundcampaign.lists;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.outboundcampaign.campaign.ListNames;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.problem.Problem;
import vn.mobifone.care.platform.problem.ResourceNotFound;
import vn.mobifone.care.platform.security.Caller;
import vn.mobifone.care.platform.security.Roles;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lists", description = "Exclusion lists and the do-not-call list, uploaded as CSV")
public class NumberListResource {

    private static final String CSV = "text/csv";

    private final NumberLists lists;
    private final Caller caller;

    public NumberListResource(NumberLists lists, Caller caller) {
        this.lists = lists;
        this.caller = caller;
    }

    @POST
    @Path("/exclusion-lists/{name}/entries")
    @Consumes({CSV, MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "uploadExclusionList", summary = "Add numbers to an exclusion list (e.g. khcc-wave-1, long-term-customers); bad lines are reported, good ones kept")
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
            examples = "msisdn\n0901234567\n84931234567")))
    @APIResponse(responseCode = "200", description = "What the upload did", content = @Content(schema = @Schema(implementation = ListUpload.class)))
    @APIResponse(responseCode = "400", description = "Invalid list name", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public ListUpload uploadExclusions(@PathParam("name") @Pattern(regexp = ListNames.PATTERN) String name, InputStream body) {
        return lists.uploadExclusions(name, new InputStreamReader(body, StandardCharsets.UTF_8));
    }

    @POST
    @Path("/dnc-list/entries")
    @Consumes({CSV, MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "uploadDncList", summary = "Add numbers to the do-not-call list; a listed number is never dialled again")
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "What the upload did", content = @Content(schema = @Schema(implementation = ListUpload.class)))
    public ListUpload uploadDnc(InputStream body) {
        return lists.uploadDnc("upload:" + caller.id(), new InputStreamReader(body, StandardCharsets.UTF_8));
    }

    @GET
    @Path("/dnc-list/{msisdn}")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "getDncEntry", summary = "Whether a number is on the do-not-call list, since when and why")
    @APIResponse(responseCode = "200", description = "Listed", content = @Content(schema = @Schema(implementation = NumberLists.DncEntry.class)))
    @APIResponse(responseCode = "404", description = "Not listed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public NumberLists.DncEntry dnc(@PathParam("msisdn") Msisdn msisdn) {
        return lists.dnc(msisdn.value()).orElseThrow(() -> new ResourceNotFound("dnc-entry", msisdn.value()));
    }
}
