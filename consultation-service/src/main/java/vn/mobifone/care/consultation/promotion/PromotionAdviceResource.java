package vn.mobifone.care.consultation.promotion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.consultation.subscriber.Subscriber;
import vn.mobifone.care.consultation.subscriber.SubscriberDirectory;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.problem.Problem;
import vn.mobifone.care.platform.security.Roles;

@Path("/subscribers/{msisdn}/promotion-advice")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Promotion catalogue")
@APIResponse(responseCode = "401", description = "No or invalid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The role may not do this", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PromotionAdviceResource {

    private static final String LINES = "1090|18001090|9090";

    private final SubscriberDirectory directory;
    private final PromotionCatalogue catalogue;
    private final Clock clock;

    public PromotionAdviceResource(SubscriberDirectory directory, PromotionCatalogue catalogue, Clock clock) {
        this.directory = directory;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    @Operation(operationId = "getPromotionAdvice", summary = "What to present when the customer asks about promotions or a service (seed 001)",
            description = "Reads the subscriber from the lookup under the caller's token (audited there with the call id) and applies "
                    + "seed 001's rules to today's catalogue.")
    @APIResponse(responseCode = "200", description = "The advice", content = @Content(schema = @Schema(implementation = PromotionAdvice.class)))
    @APIResponse(responseCode = "400", description = "validation-failed", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = SubscriberDirectory.CONFLICTS, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "other-network: not a MobiFone subscription", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "subscriber-lookup-unavailable", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public PromotionAdvice advice(@PathParam("msisdn") Msisdn msisdn,
            @QueryParam("callId") @NotBlank @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}") String callId,
            @QueryParam("line") @Parameter(description = "1090 (default), 18001090 or 9090") @Pattern(regexp = LINES) String line,
            @QueryParam("service") @Parameter(description = "The service the customer asks about (e.g. DATA, VOICE, TOPUP); absent: promotions in general")
            @Pattern(regexp = PromotionRequest.CODE, message = PromotionRequest.CODE_MESSAGE) String service,
            @QueryParam("flag") @Parameter(description = "DIFFICULT_CUSTOMER, NO_PURPOSE, CALLER_PREMIUM; repeatable") List<String> flags) {
        Set<AdviceFlag> noticed = flags(flags);
        Subscriber subscriber = directory.readShownMobiFone(msisdn, callId);
        LocalDate today = LocalDate.now(clock);
        AdviceQuestion question = new AdviceQuestion(service, line == null || line.isBlank() ? "1090" : line.strip(),
                noticed.contains(AdviceFlag.DIFFICULT_CUSTOMER), noticed.contains(AdviceFlag.NO_PURPOSE), noticed.contains(AdviceFlag.CALLER_PREMIUM));
        return PromotionAdvisor.advise(msisdn, subject(subscriber), question, catalogue.forAdvice(today), today);
    }

    private static AdviceSubject subject(Subscriber subscriber) {
        var profile = subscriber.profile();
        PaymentType paymentType = profile == null || profile.paymentType() == null ? PaymentType.PREPAID
                : PaymentType.valueOf(profile.paymentType().strip().toUpperCase(Locale.ROOT));
        return new AdviceSubject(paymentType, profile == null ? 0 : profile.arpuVnd(), profile == null ? null : profile.currentPackage(),
                subscriber.premium());
    }

    /** Parsed by hand: JAX-RS would answer a failed conversion of a query parameter with 404. */
    private static Set<AdviceFlag> flags(List<String> values) {
        Set<AdviceFlag> flags = EnumSet.noneOf(AdviceFlag.class);
        for (String value : values == null ? List.<String>of() : values) {
            try {
                flags.add(AdviceFlag.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("flag", "must be one of " + Arrays.stream(AdviceFlag.values()).map(Enum::name)
                        .collect(Collectors.joining(", ")));
            }
        }
        return flags;
    }
}
