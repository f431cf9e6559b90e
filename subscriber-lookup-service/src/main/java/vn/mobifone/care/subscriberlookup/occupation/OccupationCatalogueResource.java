package vn.mobifone.care.subscriberlookup.occupation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.platform.security.Roles;

@Path("/occupations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Occupation")
public class OccupationCatalogueResource {

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.INTEGRATION, Roles.OPS, Roles.ADMIN })
    @Operation(summary = "The 18-code occupation catalogue")
    public List<Occupation.View> catalogue() {
        return Arrays.stream(Occupation.values()).map(Occupation::view).toList();
    }
}
