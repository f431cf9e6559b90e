package vn.mobifone.care.platform.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.mobifone.care.platform.problem.InvalidInput;

/**
 * Query parameters parsed by hand so that a wrong value is a 400 problem naming the field;
 * JAX-RS would answer a failed conversion of a query parameter with 404.
 */
public final class QueryValues {

    private QueryValues() {
    }

    /** Accepts the constant's name in any case, with '-' for '_' ({@code at-risk} for {@code AT_RISK}). */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    public static Integer integer(String field, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < min || parsed > max) {
                throw new InvalidInput(field, "must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "must be a whole number");
        }
    }

    public static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "is required (ISO-8601 instant, e.g. 2026-01-31T17:00:00Z)");
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "must be an ISO-8601 instant, e.g. 2026-01-31T17:00:00Z");
        }
    }

    public static Boolean bool(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInput(field, "must be true or false");
        };
    }
}
