package vn.mobifone.care.subscriberlookup.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.security.Roles;

@Path("/subscriber-imports")
@Tag(name = "Subscriber import")
public class ImportResource {

    private final SubscriberImport importer;

    public ImportResource(SubscriberImport importer) {
        this.importer = importer;
    }

    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Import the billing system's subscriber export (CSV, header first), streamed into the base",
            description = "Good rows are imported (existing numbers updated), bad rows are reported with line and reason; "
                    + "every imported subscriber is announced on subscriber-changed.")
    public ImportReport importCsv(@NotNull InputStream body, @Context HttpHeaders headers) {
        return importer.importCsv(new InputStreamReader(body, charset(headers.getMediaType())));
    }

    /** Billing writes UTF-8 (Vietnamese names); a declared charset is honoured. */
    private static Charset charset(MediaType type) {
        String declared = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return declared == null ? StandardCharsets.UTF_8 : Charset.forName(declared);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("Content-Type", "unknown charset " + declared);
        }
    }
}
