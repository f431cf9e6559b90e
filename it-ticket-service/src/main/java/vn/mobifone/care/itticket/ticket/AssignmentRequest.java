package vn.mobifone.care.itticket.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record AssignmentRequest(@NotBlank @Size(max = 100) String team, @Size(max = 100) String assignee) {
}
