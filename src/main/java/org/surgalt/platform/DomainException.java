package org.surgalt.platform;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a service throws when a request cannot be carried out. The one error mapper in
 * {@code web} turns it into an HTML page or application/problem+json with the matching status.
 */
public class DomainException extends RuntimeException {

    public enum Kind {
        NOT_FOUND(404), CONFLICT(409), INVALID(400), FORBIDDEN(403), UNAUTHENTICATED(401), TOO_LARGE(413),
        TOO_MANY_REQUESTS(429), INSUFFICIENT_STORAGE(507);

        public final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    public record FieldError(String field, String message) {
    }

    private final Kind kind;
    private final List<FieldError> fieldErrors;
    private final Duration retryAfter;

    private DomainException(Kind kind, String detail, List<FieldError> fieldErrors) {
        this(kind, detail, fieldErrors, null);
    }

    private DomainException(Kind kind, String detail, List<FieldError> fieldErrors, Duration retryAfter) {
        super(detail);
        this.kind = kind;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.retryAfter = retryAfter;
    }

    public static DomainException notFound(String what, Object id) {
        return new DomainException(Kind.NOT_FOUND, "There is no " + what + " " + id + ".", List.of());
    }

    public static DomainException conflict(String detail) {
        return new DomainException(Kind.CONFLICT, detail, List.of());
    }

    public static DomainException invalid(String field, String message) {
        return new DomainException(Kind.INVALID, field + " " + message, List.of(new FieldError(field, message)));
    }

    public static DomainException unauthenticated() {
        return new DomainException(Kind.UNAUTHENTICATED, "Sign in first.", List.of());
    }

    public static DomainException forbidden(String detail) {
        return new DomainException(Kind.FORBIDDEN, detail, List.of());
    }

    /** More bytes than this server accepts; said before any of them are stored. */
    public static DomainException tooLarge(String detail) {
        return new DomainException(Kind.TOO_LARGE, detail, List.of());
    }

    /** Tried too often (a throttle's pause): refused without looking, until {@code retryAfter} has passed. */
    public static DomainException tooManyRequests(String detail, Duration retryAfter) {
        return new DomainException(Kind.TOO_MANY_REQUESTS, detail, List.of(), retryAfter);
    }

    /** The server has no room to store what was sent (its disk is full); the client may try again later. */
    public static DomainException insufficientStorage(String detail) {
        return new DomainException(Kind.INSUFFICIENT_STORAGE, detail, List.of());
    }

    public Kind kind() {
        return kind;
    }

    /** How long a client should wait before trying again (HTTP Retry-After), when that is known. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** What a re-rendered form lists: the field errors, or the refusal itself (a conflict) as one entry. */
    public List<FieldError> formErrors() {
        return fieldErrors.isEmpty() ? List.of(new FieldError("", getMessage())) : fieldErrors;
    }
}
