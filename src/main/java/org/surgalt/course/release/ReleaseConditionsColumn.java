package org.surgalt.course.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** The release_conditions column (V033): a small JSON document, NULL for none. */
@Converter
public class ReleaseConditionsColumn implements AttributeConverter<ReleaseConditions, String> {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Override
    public String convertToDatabaseColumn(ReleaseConditions conditions) {
        if (conditions == null || conditions.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(conditions);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Release conditions are not writable as JSON", e);
        }
    }

    @Override
    public ReleaseConditions convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return ReleaseConditions.NONE;
        }
        try {
            return JSON.readValue(column, ReleaseConditions.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A release_conditions column is not readable", e);
        }
    }
}
