package vn.mobifone.care.consultation.promotion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
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

@Path("/promotions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Promotion catalogue", description = "Promotions and care programmes that agents advise (seed 001), kept by supervisors")
@APIResponse(responseCode = "401", description = "No or invalid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The role may not do this", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PromotionResource {

    /** The example of an entry: created with it, and replaced with it once its official document arrived. */
    private static final String DATA_PROMOTION = "{\"code\": \"KM-DATA-T12-2026\","
            + " \"name\": \"Tặng 50% data khi gia hạn gói tháng 12/2026\","
            + " \"kind\": \"PROMOTION\", \"startsOn\": \"2026-12-01\", \"endsOn\": \"2026-12-31\","
            + " \"benefits\": \"Tặng thêm 50% dung lượng data tốc độ cao của gói khi gia hạn\","
            + " \"conditions\": \"Thuê bao trả trước, ARPU 3 tháng gần nhất từ 100.000đ đến 500.000đ, đang dùng"
            + " gói C90N hoặc 21G\","
            + " \"valueVnd\": 45000, \"exclusivityGroup\": \"DATA-T12-2026\", \"paymentTypes\": [\"PREPAID\"],"
            + " \"arpuMinVnd\": 100000, \"arpuMaxVnd\": 500000, \"packages\": [\"C90N\", \"21G\"], \"services\": [\"DATA\"],"
            + " \"onNetCalls\": false, \"referenceOnly\": false, \"goldenDaysTopUp\": false}";

    private final PromotionCatalogue catalogue;
    private final Caller caller;

    public PromotionResource(PromotionCatalogue catalogue, Caller caller) {
        this.catalogue = catalogue;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "createPromotion", summary = "Add a promotion or care programme to the catalogue")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = PromotionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid entry (violations[])", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "promotion-code-taken", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PromotionRequest.class),
                    examples = {
                        @ExampleObject(name = "data promotion", value = DATA_PROMOTION),
                        @ExampleObject(name = "care programme, reference only", value = "{\"code\": \"CSKH-TRI-AN-TET-2027\","
                                + " \"name\": \"Tri ân khách hàng trả sau dịp Tết Đinh Mùi 2027\", \"kind\": \"CARE_PROGRAMME\","
                                + " \"startsOn\": \"2027-01-15\", \"endsOn\": \"2027-02-28\","
                                + " \"benefits\": \"Tặng 100 phút gọi nội mạng trong 30 ngày\","
                                + " \"conditions\": \"Thuê bao trả sau hoạt động liên tục từ 12 tháng, không nợ cước\", \"valueVnd\": 30000,"
                                + " \"paymentTypes\": [\"POSTPAID\"], \"services\": [\"VOICE\"], \"onNetCalls\": true, \"referenceOnly\": true,"
                                + " \"goldenDaysTopUp\": false}")}))
            @Valid @NotNull PromotionRequest request, UriInfo uri) {
        PromotionView created = catalogue.create(request, caller.id());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "listPromotions", summary = "The catalogue, newest period first; optionally one kind, or what runs on a day")
    @APIResponse(responseCode = "200", description = "A page of entries")
    @APIResponse(responseCode = "400", description = "Invalid filter or page", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<PromotionView> list(
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = PromotionKind.class)) String kind,
            @QueryParam("on") @Parameter(description = "A day (YYYY-MM-DD): entries whose period includes it") String on,
            @BeanParam @Valid PageRequest page) {
        return catalogue.list(kind(kind), day(on), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "getPromotion", summary = "One catalogue entry")
    @APIResponse(responseCode = "200", description = "The entry", content = @Content(schema = @Schema(implementation = PromotionView.class)))
    @APIResponse(responseCode = "404", description = "No such entry", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PromotionView get(@PathParam("id") UUID id) {
        return catalogue.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "replacePromotion", summary = "Replace an entry, e.g. when its official document arrives (referenceOnly false)")
    @APIResponse(responseCode = "200", description = "The entry as saved", content = @Content(schema = @Schema(implementation = PromotionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid entry (violations[])", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such entry", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "promotion-code-taken", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PromotionView replace(@PathParam("id") UUID id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PromotionRequest.class),
                    examples = @ExampleObject(name = "official document arrived", value = DATA_PROMOTION)))
            @Valid @NotNull PromotionRequest request) {
        return catalogue.update(id, request, caller.id());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "deletePromotion", summary = "Remove an entry from the catalogue")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such entry", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") UUID id) {
        catalogue.delete(id);
    }

    /** Parsed by hand: JAX-RS would answer a failed conversion of a query parameter with 404. */
    private static PromotionKind kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PromotionKind.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("kind", "must be PROMOTION or CARE_PROGRAMME");
        }
    }

    private static LocalDate day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("on", "must be a day, YYYY-MM-DD");
        }
    }
}
