package vn.mobifone.care.outboundcampaign.simswap.area;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.problem.Problem;
import vn.mobifone.care.platform.security.Caller;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.web.Page;
import vn.mobifone.care.platform.web.PageRequest;
import vn.mobifone.care.platform.web.QueryValues;

@Path("/sim-swap-areas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SIM-swap areas", description = "Provinces, districts and wards SIM-swap requests are routed by, and their quarantines")
public class AreaResource {

    private final AreaDirectory areas;
    private final AreaImport importer;
    private final Caller caller;

    public AreaResource(AreaDirectory areas, AreaImport importer, Caller caller) {
        this.areas = areas;
        this.importer = importer;
        this.caller = caller;
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "saveSimSwapArea", summary = "Declare a province, district or ward, or rename or re-parent it")
    @APIResponse(responseCode = "201", description = "Declared", content = @Content(schema = @Schema(implementation = AreaView.class)))
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = AreaView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, unknown parent or parent of the wrong level",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "area-level-fixed: the area exists at another level",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response save(@PathParam("code") @Pattern(regexp = AreaRequest.CODE, message = "1-10 digits") String code,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaRequest.class),
                    examples = {
                            @ExampleObject(name = "district of a province", value = "{\"level\": \"DISTRICT\", \"parentCode\": \"92\", "
                                    + "\"name\": \"Quận Ninh Kiều\"}"),
                            @ExampleObject(name = "province", value = "{\"level\": \"PROVINCE\", \"name\": \"Thành phố Cần Thơ\"}")}))
            @Valid @NotNull AreaRequest request) {
        AreaDirectory.Saved saved = areas.save(code, request, caller.id());
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(AreaView.of(saved.area())).build();
    }

    @POST
    @Path("/import")
    @Consumes("text/csv")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "importSimSwapAreas", summary = "Import areas from CSV (code,level,parentCode,name; header first)",
            description = "Good lines are kept (existing codes updated), bad lines are reported with their line number and reason. "
                    + "A line may name a parent declared on an earlier line.")
    @APIResponse(responseCode = "200", description = "What was kept and what was not",
            content = @Content(schema = @Schema(implementation = AreaImportReport.class)))
    @APIResponse(responseCode = "400", description = "No header, an unknown charset or too many lines",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AreaImportReport importCsv(@NotNull InputStream body, @Context HttpHeaders headers) {
        return importer.importCsv(new InputStreamReader(body, charset(headers.getMediaType())), caller.id());
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OPS, Roles.AGENT, Roles.INTEGRATION})
    @Operation(operationId = "listSimSwapAreas", summary = "The areas within a parent (the provinces without one), or the quarantined ones")
    @APIResponse(responseCode = "200", description = "A page of areas by code")
    @APIResponse(responseCode = "400", description = "Invalid filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<AreaView> list(@QueryParam("parentCode") @Pattern(regexp = AreaRequest.CODE, message = "1-10 digits") String parentCode,
            @QueryParam("quarantined") @Parameter(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN))
            String quarantined,
            @BeanParam @Valid PageRequest page) {
        return areas.list(parentCode, QueryValues.bool("quarantined", quarantined), page);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OPS, Roles.AGENT, Roles.INTEGRATION})
    @Operation(operationId = "getSimSwapArea", summary = "One area with its quarantine, if any")
    @APIResponse(responseCode = "200", description = "The area", content = @Content(schema = @Schema(implementation = AreaView.class)))
    @APIResponse(responseCode = "404", description = "No such area",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AreaView get(@PathParam("code") String code) {
        return AreaView.of(areas.get(code));
    }

    @PUT
    @Path("/{code}/quarantine")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "quarantineSimSwapArea", summary = "Put an area under quarantine: its customers are served through the local authority")
    @APIResponse(responseCode = "200", description = "The area, quarantined", content = @Content(schema = @Schema(implementation = AreaView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such area",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AreaView quarantine(@PathParam("code") String code,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuarantineRequest.class),
                    examples = @ExampleObject(name = "ward under quarantine", value = "{\"authorityName\": \"UBND Phường An Hòa\", "
                            + "\"authorityPhone\": \"0292 3820 111\", "
                            + "\"note\": \"Customers are reached through the ward's committee until the quarantine is lifted\"}")))
            @Valid @NotNull QuarantineRequest request) {
        return AreaView.of(areas.quarantine(code, request, caller.id()));
    }

    @DELETE
    @Path("/{code}/quarantine")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "liftSimSwapAreaQuarantine", summary = "Lift the quarantine of an area")
    @APIResponse(responseCode = "200", description = "The area, no longer quarantined",
            content = @Content(schema = @Schema(implementation = AreaView.class)))
    @APIResponse(responseCode = "404", description = "No such area",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "not-quarantined",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AreaView lift(@PathParam("code") String code) {
        return AreaView.of(areas.lift(code, caller.id()));
    }

    /** Registers export UTF-8 (Vietnamese names); a declared charset is honoured. */
    private static Charset charset(MediaType type) {
        String declared = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return declared == null ? StandardCharsets.UTF_8 : Charset.forName(declared);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("Content-Type", "unknown charset " + declared);
        }
    }
}
