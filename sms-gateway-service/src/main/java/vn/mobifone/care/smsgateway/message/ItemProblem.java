package vn.mobifone.care.smsgateway.message;

import jakarta.validation.ConstraintViolation;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.mobifone.care.platform.problem.BusinessRuleViolation;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.problem.Problem;
import vn.mobifone.care.platform.problem.ResourceConflict;

/**
 * The problem a refused message of a batch carries: the same status, type and reason the platform's
 * mappers answer for {@code POST /messages}, so integrators switch on one set of reasons.
 */
final class ItemProblem {

    private ItemProblem() {
    }

    static Problem of(Set<? extends ConstraintViolation<?>> violations) {
        List<Problem.Violation> fields = violations.stream()
                .map(v -> new Problem.Violation(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = fields.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return Problem.of(400, "validation", "Invalid request", detail).withReason("validation-failed").withViolations(fields);
    }

    static Problem of(RuntimeException refusal) {
        if (refusal instanceof InvalidInput invalid) {
            return Problem.of(400, "validation", "Invalid request", invalid.field() + ": " + invalid.getMessage())
                    .withReason("validation-failed").withViolations(List.of(new Problem.Violation(invalid.field(), invalid.getMessage())));
        }
        if (refusal instanceof BusinessRuleViolation rule) {
            return Problem.of(422, "business-rule", "Refused by a business rule", rule.getMessage()).withReason(rule.reason());
        }
        if (refusal instanceof ResourceConflict conflict) {
            return Problem.of(409, "conflict", "Conflict", conflict.getMessage()).withReason(conflict.reason());
        }
        // GroupIntake refuses an item for nothing else than what the database said of its own values.
        return Problem.of(400, "validation", "Invalid request", "The database refused a value of this message")
                .withReason("validation-failed");
    }
}
