package vn.mobifone.care.smsgateway.template;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.mobifone.care.platform.problem.InvalidInput;

/** A template body with named placeholders, {@code Quy khach {msisdn} hien co {points} diem}. */
public record TemplateText(String body) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9_]*)}");

    public Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(body);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** Fills every placeholder; a missing one is the caller's mistake, never a half-filled SMS. */
    public String render(Map<String, String> parameters) {
        Matcher matcher = PLACEHOLDER.matcher(body);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = parameters == null ? null : parameters.get(matcher.group(1));
            if (value == null) {
                throw new InvalidInput("parameters", "Missing parameter '" + matcher.group(1) + "' of the template");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
