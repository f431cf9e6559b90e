package vn.mobifone.care.contracts.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the consumers of an event require of one of its fields beyond its Java type. The AsyncAPI
 * document is generated from it, so that a message valid by the published schema is one the
 * consumers take; the services that own a listed set of values check it against their own enum.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface EventField {

    /** Always present (not {@code null}): a consumer parks the event without it. */
    boolean required() default false;

    /** The only values the field takes, in the spelling written on the wire. */
    String[] values() default {};

    /** A regular expression the value matches. */
    String pattern() default "";

    long minimum() default Long.MIN_VALUE;

    long maximum() default Long.MAX_VALUE;

    /** At most this many characters; 0 for no limit beyond the consumer's. */
    int maxLength() default 0;

    String description() default "";

    /** Still written for older readers, with a newer field in the same meaning to read instead. */
    boolean deprecated() default false;
}
