package vn.mobifone.care.platform.msisdn;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link Msisdn} as its normalised text, so indexes and joins work on one form. */
@Converter(autoApply = true)
public class MsisdnAttributeConverter implements AttributeConverter<Msisdn, String> {

    @Override
    public String convertToDatabaseColumn(Msisdn msisdn) {
        return msisdn == null ? null : msisdn.value();
    }

    @Override
    public Msisdn convertToEntityAttribute(String value) {
        return value == null ? null : new Msisdn(value);
    }
}
