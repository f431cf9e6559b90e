package vn.mobifone.care.outboundcampaign.script;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.mobifone.care.platform.problem.BusinessRuleViolation;
import vn.mobifone.care.platform.problem.InvalidInput;

/**
 * Seed 002: every customer gets at least 2 of the 4 contents, in the priority order B2, B3, B4,
 * B5. A content may be passed over only when it does not apply to the customer (with the reason),
 * so the two owed are the first two that apply. Two contents depend on the subscriber's data: B2
 * is not for members of the 2022 points programme, B3 only for subscribers without a package.
 */
public final class ScriptRule {

    /** What the rule needs to know of the subscriber. */
    public record Facts(boolean joinedPointsProgramme2022, String currentPackage) {
    }

    private ScriptRule() {
    }

    public static void check(ScriptRecord script, Facts facts) {
        for (ScriptContent c : ScriptContent.values()) {
            Content content = script.content(c);
            if ((content.status() == ContentStatus.NOT_APPLICABLE || content.status() == ContentStatus.REFUSED)
                    && (content.reason() == null || content.reason().isBlank())) {
                throw new InvalidInput("script." + c.name().toLowerCase() + ".reason", "required when " + content.status());
            }
        }
        if (facts.joinedPointsProgramme2022() && script.b2().status() != ContentStatus.NOT_APPLICABLE) {
            throw new BusinessRuleViolation("b2-not-for-2022-members",
                    "B2 (loyalty points and gifts) is not offered to customers who joined the 2022 points programme: mark it NOT_APPLICABLE");
        }
        if (facts.currentPackage() != null && script.b3().status() != ContentStatus.NOT_APPLICABLE) {
            throw new BusinessRuleViolation("b3-package-registered",
                    "B3 (tariff package advice) is for subscribers without a package; this one has " + facts.currentPackage());
        }
        List<ScriptContent> applicable = new ArrayList<>();
        for (ScriptContent c : ScriptContent.values()) {
            if (script.content(c).status() != ContentStatus.NOT_APPLICABLE) {
                applicable.add(c);
            }
        }
        List<ScriptContent> owed = applicable.subList(0, Math.min(2, applicable.size()));
        List<ScriptContent> missing = owed.stream().filter(c -> !script.content(c).status().presented()).toList();
        if (!missing.isEmpty() || owed.size() < 2) {
            String detail = owed.size() < 2
                    ? "At least 2 of the 4 contents B2-B5 must be offered, but only " + applicable.size() + " apply"
                    : "At least 2 of the 4 contents B2-B5 in priority order: not offered yet "
                            + missing.stream().map(c -> c + " (" + c.title() + ")").collect(Collectors.joining(", "));
            throw new BusinessRuleViolation("script-incomplete", detail);
        }
    }
}
