package vn.mobifone.care.platform.probe;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import vn.mobifone.care.platform.audit.PersonalDataRead;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.persistence.LocalTransaction;
import vn.mobifone.care.platform.outbox.Outbox;
import vn.mobifone.care.platform.problem.BusinessRuleViolation;
import vn.mobifone.care.platform.problem.ResourceConflict;
import vn.mobifone.care.platform.problem.ResourceNotFound;
import vn.mobifone.care.platform.security.Caller;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.web.Page;
import vn.mobifone.care.platform.web.PageRequest;

/** Endpoints that exercise each platform piece the way a service resource uses it. */
@Path("/probe")
@RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR })
public class ProbeResource {

    public record Subscriber(Msisdn msisdn, boolean mobiFone, String national) {
    }

    public record NoteRequest(@NotNull Msisdn msisdn, @NotBlank String text, @Min(1) @Max(5) int copies) {
    }

    public record Whoami(String id, String role) {
    }

    public enum Kind {
        FIRST, SECOND, THIRD
    }

    public record Typed(@NotNull Kind kind, int count, String text, Boolean flag) {
    }

    private final EntityManager em;
    private final Outbox outbox;
    private final LocalTransaction local;
    private final Caller caller;

    public ProbeResource(EntityManager em, Outbox outbox, LocalTransaction local, Caller caller) {
        this.em = em;
        this.outbox = outbox;
        this.local = local;
        this.caller = caller;
    }

    @GET
    @Path("/subscribers/{msisdn}")
    @PersonalDataRead("PROFILE")
    public Subscriber subscriber(@PathParam("msisdn") Msisdn msisdn) {
        return new Subscriber(msisdn, msisdn.isMobiFone(), msisdn.national());
    }

    @GET
    @Path("/whoami")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.INTEGRATION })
    public Whoami whoami() {
        return new Whoami(caller.id(), caller.primaryRole());
    }

    @GET
    @Path("/supervised")
    @RolesAllowed(Roles.SUPERVISOR)
    public String supervised() {
        return "ok";
    }

    @GET
    @Path("/pages")
    public Page<Integer> pages(@BeanParam @Valid PageRequest page) {
        List<Integer> all = java.util.stream.IntStream.range(0, 45).boxed().toList();
        return Page.of(all.subList(Math.min(page.offset(), 45), Math.min(page.offset() + page.size, 45)), page, 45);
    }

    /** Stores a note and its event in one transaction; {@code fail} rolls both back after the publish. */
    @POST
    @Path("/notes")
    @Transactional
    public Subscriber note(@Valid @NotNull NoteRequest request, @QueryParam("fail") boolean fail) {
        for (int i = 0; i < request.copies(); i++) {
            em.createNativeQuery("INSERT INTO probe_note (id, text) VALUES (?1, ?2)")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, request.text()).executeUpdate();
            outbox.publish("probe-events", ProbeEvent.of(request.msisdn().value(), request.text()));
        }
        if (fail) {
            throw new IllegalStateException("failure after the outbox write");
        }
        return subscriber(request.msisdn());
    }

    /** The same in a {@link LocalTransaction}: plain JDBC, the event on the transaction's connection. */
    @POST
    @Path("/notes/local")
    public Subscriber noteLocally(@Valid @NotNull NoteRequest request, @QueryParam("fail") boolean fail) {
        return local.run(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO probe_note (id, text) VALUES (?, ?)")) {
                for (int i = 0; i < request.copies(); i++) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, request.text());
                    insert.executeUpdate();
                    outbox.publishAll(connection, "probe-events", List.of(ProbeEvent.of(request.msisdn().value(), request.text())));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            if (fail) {
                throw new IllegalStateException("failure after the outbox write");
            }
            return subscriber(request.msisdn());
        });
    }

    @GET
    @Path("/refusals/{kind}")
    public String refuse(@PathParam("kind") String kind) {
        switch (kind) {
            case "rule" -> throw new BusinessRuleViolation("outside-call-window", "Occupation changes are taken between 07:00 and 22:00");
            case "conflict" -> throw new ResourceConflict("already-consulted", "The subscriber is locked for consultation");
            case "missing" -> throw new ResourceNotFound("Subscriber", "84901234567");
            default -> throw new IllegalStateException("secret internal detail");
        }
    }

    @POST
    @Path("/typed")
    public Typed typed(@Valid @NotNull Typed typed) {
        return typed;
    }

    @GET
    @Path("/items/{id}")
    public String item(@PathParam("id") UUID id, @QueryParam("q") String q) {
        return id + (q == null ? "" : ":" + q);
    }
}
