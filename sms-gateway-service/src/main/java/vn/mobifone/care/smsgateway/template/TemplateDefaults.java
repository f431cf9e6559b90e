package vn.mobifone.care.smsgateway.template;

import io.smallrye.config.ConfigMapping;
import java.util.HashMap;
import java.util.Map;

/**
 * Placeholder values that belong to the deployment rather than to a message, such as the suffix
 * of the unit's Zalo account in "MobiFone Miền Tây_X" (seed 002): a request may still give its
 * own, and requests written before the placeholder existed stay valid.
 */
@ConfigMapping(prefix = "care.sms.templates")
public interface TemplateDefaults {

    Map<String, String> defaults();

    /** The request's parameters over the defaults. */
    default Map<String, String> over(Map<String, String> parameters) {
        Map<String, String> merged = new HashMap<>(defaults());
        if (parameters != null) {
            merged.putAll(parameters);
        }
        return merged;
    }
}
