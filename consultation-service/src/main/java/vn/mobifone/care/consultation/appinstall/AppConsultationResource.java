package vn.mobifone.care.consultation.appinstall;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.consultation.subscriber.SubscriberDirectory;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.problem.Problem;
import vn.mobifone.care.platform.security.Caller;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.web.QueryValues;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "App-install consultation", description = "Seed 000: the consult box, the cross-channel 24 h lock, the link SMS, conversion")
public class AppConsultationResource {

    private final AppConsultations consultations;
    private final ConversionQuery conversion;
    private final Caller caller;
    private final Clock clock;

    public AppConsultationResource(AppConsultations consultations, ConversionQuery conversion, Caller caller, Clock clock) {
        this.consultations = consultations;
        this.conversion = conversion;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Path("/subscribers/{msisdn}/app-consultation")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    @Operation(operationId = "getAppConsultation", summary = "The consult box for a subscriber on this call: smartphone, app, box state, history",
            description = "Reads the subscriber from the lookup under the caller's token (audited there with the call id).")
    @APIResponse(responseCode = "200", description = "The screen", content = @Content(schema = @Schema(implementation = AppConsultationScreen.class)))
    @APIResponse(responseCode = "400", description = "Invalid number or call context", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = SubscriberDirectory.CONFLICTS,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "subscriber-lookup-unavailable", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public AppConsultationScreen screen(@PathParam("msisdn") Msisdn msisdn,
            @QueryParam("callId") @NotBlank @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}") String callId,
            @QueryParam("line") @Parameter(description = "1090 (default), 18001090 or 9090") @Pattern(regexp = Line.PATTERN) String line,
            @QueryParam("callReason") @Parameter(schema = @Schema(implementation = CallReason.class)) String callReason,
            @QueryParam("flag") @Parameter(description = "DIFFICULT_CUSTOMER, HOT_PROMOTIONS_GIVEN; repeatable") List<String> flags) {
        CallContext call = new CallContext(callId, Line.of("line", line), QueryValues.enumValue(CallReason.class, "callReason", callReason), flags(flags));
        return consultations.screen(msisdn, call);
    }

    @POST
    @Path("/app-consultations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    @Operation(operationId = "recordAppConsultation", summary = "Save a consultation: 201 with it, 200 with the same one for a known idempotency key",
            description = "Records the history line, publishes consultation-recorded and requests the link SMS on sms-requested, in one transaction.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = ConsultationView.class)))
    @APIResponse(responseCode = "200", description = "A retry: the consultation already recorded under this key",
            content = @Content(schema = @Schema(implementation = ConsultationView.class)))
    @APIResponse(responseCode = "400", description = "validation-failed, malformed-body", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "channel-locked: another channel consults this subscriber;"
            + " app-already-installed; idempotency-key-reused: the key came with another consultation; " + SubscriberDirectory.CONFLICTS,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "not-smartphone, other-network, customer-complaint, urgent-case, mnp-question, wrong-line, "
            + "unrelated-question, difficult-customer, hot-promotions-given", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "subscriber-lookup-unavailable: nothing was recorded", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsultationRequest.class),
            examples = @ExampleObject(name = "on a 1090 call", value = "{\"msisdn\": \"0901234567\", \"channel\": \"SMS\","
                    + " \"callId\": \"CALL-20261203-0042\", \"idempotencyKey\": \"save-5b1e0c7a\", \"line\": \"1090\","
                    + " \"callReason\": \"SERVICE_ENQUIRY\", \"flags\": []}")))
            @Valid @NotNull ConsultationRequest request) {
        AppConsultations.Recorded recorded = consultations.record(request, caller.id());
        ConsultationView view = recorded.consultation();
        if (!recorded.created()) {
            return Response.ok(view).build();
        }
        return Response.created(URI.create("/app-consultations/" + view.id())).entity(view).build();
    }

    @GET
    @Path("/app-consultations/{id}")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.OPS})
    @Operation(operationId = "getAppConsultationById", summary = "One consultation with its history")
    @APIResponse(responseCode = "200", description = "The consultation", content = @Content(schema = @Schema(implementation = ConsultationView.class)))
    @APIResponse(responseCode = "404", description = "not-found", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public ConsultationView get(@PathParam("id") UUID id) {
        return consultations.get(id);
    }

    @GET
    @Path("/app-consultations/conversion")
    @RolesAllowed({Roles.SUPERVISOR, Roles.OPS, Roles.ADMIN})
    @Operation(operationId = "getAppConsultationConversion",
            summary = "Installs within 24 h and 7 days of the consultations of a period, by channel and agent, with the median time to install")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = ConversionReport.class)))
    @APIResponse(responseCode = "400", description = "validation-failed", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public ConversionReport conversion(
            @QueryParam("from") @Parameter(description = "ISO-8601 instant; default 7 days before to") String from,
            @QueryParam("to") @Parameter(description = "ISO-8601 instant, exclusive; default now") String to) {
        Instant end = instant("to", to, clock.instant());
        Instant start = instant("from", from, end.minus(Duration.ofDays(7)));
        if (!start.isBefore(end)) {
            throw new InvalidInput("from", "must be before to");
        }
        return conversion.report(start, end);
    }

    private static Instant instant(String field, String value, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "must be an ISO-8601 instant such as 2026-12-01T00:00:00Z");
        }
    }

    private static Set<CallFlag> flags(List<String> values) {
        Set<CallFlag> flags = EnumSet.noneOf(CallFlag.class);
        for (String value : values == null ? List.<String>of() : values) {
            flags.add(QueryValues.enumValue(CallFlag.class, "flag", value));
        }
        return flags;
    }
}
