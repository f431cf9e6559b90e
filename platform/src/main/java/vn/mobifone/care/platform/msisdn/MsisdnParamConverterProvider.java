package vn.mobifone.care.platform.msisdn;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** Lets resources take {@code @PathParam Msisdn} and {@code @QueryParam Msisdn} in any written form. */
@Provider
public class MsisdnParamConverterProvider implements ParamConverterProvider {

    private static final ParamConverter<Msisdn> CONVERTER = new ParamConverter<>() {
        @Override
        public Msisdn fromString(String value) {
            return value == null ? null : Msisdn.parse(value);
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
