package vn.mobifone.care.smsgateway.template;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.mobifone.care.smsgateway.message.Category;
import vn.mobifone.care.smsgateway.message.Channel;

/** A template as a supervisor writes it; placeholders are {@code {name}}. */
public record TemplateRequest(
        @NotBlank @Size(max = 1530) String body,
        @NotBlank @Size(max = 50) String brandname,
        @NotNull Channel channel,
        @NotNull Category category,
        boolean foldDiacritics) {
}
