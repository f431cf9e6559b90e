package vn.mobifone.care.subscriberlookup.subscriber;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import vn.mobifone.care.platform.msisdn.Msisdn;

/**
 * Numbers in this service's paths and queries are what an agent types from the customer's mouth,
 * old 11-digit numbers included ({@link ElevenDigitConversion}); ahead of the platform's converter,
 * which knows only today's numbers.
 */
@Provider
@Priority(Priorities.USER - 100)
public class SubscriberNumberConverter implements ParamConverterProvider {

    private static final ParamConverter<Msisdn> CONVERTER = new ParamConverter<>() {
        @Override
        public Msisdn fromString(String value) {
            return value == null ? null : ElevenDigitConversion.parse(value);
        }

        @Override
        public String toString(Msisdn value) {
            return value.value();
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == Msisdn.class ? (ParamConverter<T>) CONVERTER : null;
    }
}
