package vn.mobifone.care.platform.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation that discloses a subscriber's personal data (the number is its
 * {@code msisdn} path or query parameter). An attempt refused because the caller is no longer an
 * active agent is journalled too, so a partner's liability shows what a departed account tried.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PersonalDataRead {

    /** What the operation discloses, as the access journal names it (PROFILE, SMS_MESSAGES, ...). */
    String value();
}
