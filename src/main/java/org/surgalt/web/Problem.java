package org.surgalt.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.surgalt.platform.DomainException.FieldError;

/** An RFC 9457 problem detail, as API clients receive every error. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors, String errorId) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
