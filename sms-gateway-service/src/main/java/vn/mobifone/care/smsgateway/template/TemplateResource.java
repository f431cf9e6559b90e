package vn.mobifone.care.smsgateway.template;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.platform.security.Caller;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.web.Page;
import vn.mobifone.care.platform.web.PageRequest;

@Path("/templates")
@Tag(name = "templates")
public class TemplateResource {

    private static final String ID_PATTERN = "^[a-z0-9][a-z0-9-]{2,63}$";

    private final TemplateCatalogue catalogue;
    private final Caller caller;

    public TemplateResource(TemplateCatalogue catalogue, Caller caller) {
        this.catalogue = catalogue;
        this.caller = caller;
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "putTemplate", summary = "Create or replace a template (201 when created, 200 when replaced)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TemplateView.class)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TemplateView.class)))
    public Response put(@PathParam("id") @Pattern(regexp = ID_PATTERN, message = "lower-case words joined by '-'") String id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemplateRequest.class),
                    examples = {
                        @ExampleObject(name = "SMS, diacritics folded", value = "{\"body\": \"MobiFone kính gửi Quý khách {msisdn}: gói {packageName}"
                                + " hết hạn ngày {expiryDate}. Để gia hạn, soạn GH {packageName} gửi 999.\", \"brandname\": \"MobiFone\","
                                + " \"channel\": \"SMS\", \"category\": \"CARE\", \"foldDiacritics\": true}"),
                        @ExampleObject(name = "Zalo", value = "{\"body\":"
                                + " \"MobiFone trân trọng cảm ơn Quý khách {msisdn} đã cập nhật thông tin thuê bao.\","
                                + " \"brandname\": \"MobiFone Miền Tây\", \"channel\": \"ZALO\", \"category\": \"CARE\","
                                + " \"foldDiacritics\": false}")}))
            @NotNull @Valid TemplateRequest request) {
        TemplateCatalogue.Saved saved = catalogue.save(id, request, caller.id());
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(TemplateView.of(saved.template())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.OPS, Roles.INTEGRATION, Roles.ADMIN})
    @Operation(operationId = "getTemplate", summary = "One template with its placeholders")
    @APIResponse(responseCode = "200", description = "The template",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TemplateView.class)))
    @APIResponse(responseCode = "404", description = "No template has this id")
    public TemplateView get(@PathParam("id") String id) {
        return TemplateView.of(catalogue.get(id));
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.OPS, Roles.INTEGRATION, Roles.ADMIN})
    @Operation(operationId = "listTemplates", summary = "All templates, by id")
    public Page<TemplateView> list(@BeanParam @Valid PageRequest page) {
        return Page.of(catalogue.list(page).stream().map(TemplateView::of).toList(), page, catalogue.count());
    }
}
