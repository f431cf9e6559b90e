package vn.mobifone.care.itticket.ticket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.mobifone.care.itticket.sla.ClockStatus;

/** A ticket as the front line, the tiers and ops see it, with every clock. */
public record TicketView(
        UUID id,
        Channel channel,
        String originalReference,
        String customerCode,
        String customerName,
        String itService,
        RequestType requestType,
        int level,
        String levelReason,
        String subject,
        String description,
        TicketState state,
        Tier tier,
        boolean reopened,
        String team,
        String assignee,
        int policyVersion,
        Instant receivedAt,
        String receivedBy,
        Instant resolvedAt,
        String resolution,
        Progress progress,
        boolean progressUpdateOwed,
        List<ClockView> sla) {

    /** The last progress the IT centre posted; {@code expectedResolutionAt} is what the customer is told. */
    public record Progress(String note, Instant updatedAt, Instant expectedResolutionAt) {
    }

    public record ClockView(
            @Schema(description = "Whose budget the clock spends: the regional company's OLA, the IT centre's OLA, or the SLA overall",
                    enumeration = {"regional-company", "it-centre", "total"}) String stage,
            @Schema(implementation = ClockStatus.class) String status,
            long budgetSeconds,
            long elapsedSeconds,
            long remainingSeconds,
            Instant dueAt,
            boolean paused,
            boolean warned,
            boolean breached,
            Instant breachedAt) {
    }
}
