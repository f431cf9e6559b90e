package vn.mobifone.care.itticket.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record CommentRequest(@NotBlank @Size(max = 4000) String text, @NotNull TicketComment.Visibility visibility) {
}
