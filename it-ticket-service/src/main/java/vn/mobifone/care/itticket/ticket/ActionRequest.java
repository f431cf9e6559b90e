package vn.mobifone.care.itticket.ticket;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A step of the ticket's life; resolving needs the resolution as the note. */
public record ActionRequest(@NotNull TicketAction action, @Size(max = 2000) String note) {
}
