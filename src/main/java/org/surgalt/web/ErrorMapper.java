package org.surgalt.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.DomainException.FieldError;

/**
 * The one place errors become responses. API clients (paths under /api/, or anyone not asking
 * for HTML) get application/problem+json; browsers get an HTML page in their language. No
 * response ever carries a stack trace or a class name; a 5xx carries an error id that is in the
 * log next to the stack trace.
 */
public class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String message, String errorId, List<FieldError> errors);
    }

    @Inject
    Layout layout;

    @Inject
    Language language;

    @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
    String formPostLocation;

    @ConfigProperty(name = "quarkus.http.auth.form.error-page", defaultValue = "/login?error=1")
    String formErrorPage;

    @ServerExceptionMapper
    public Response domain(DomainException e, HttpHeaders headers, UriInfo uri) {
        if (e.kind() == DomainException.Kind.UNAUTHENTICATED) {
            return signInFirst(headers, uri);
        }
        String title = switch (e.kind()) {
            case NOT_FOUND -> "Not Found";
            case CONFLICT -> "Conflict";
            case INVALID -> "Bad Request";
            case FORBIDDEN -> "Forbidden";
            case UNAUTHENTICATED -> "Unauthorized";
            case TOO_LARGE -> "Content Too Large";
            case TOO_MANY_REQUESTS -> "Too Many Requests";
            case INSUFFICIENT_STORAGE -> "Insufficient Storage";
        };
        Response response = respond(headers, uri, e.kind().status, title, e.getMessage(), e.fieldErrors(), null);
        return e.retryAfter().map(wait -> Response.fromResponse(response)
                .header("Retry-After", retryAfterSeconds(wait)).build()).orElse(response);
    }

    /** A bearer token (or provider session) that fails verification: bad signature, expired, wrong audience. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        // With lazy authentication Quarkus sends form sign-in failures here too: back to the form.
        if (uri.getRequestUri().getRawPath().equals(formPostLocation)) {
            return Response.status(302).location(java.net.URI.create(formErrorPage)).build();
        }
        return signInFirst(headers, uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldError(field(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.stream().map(error -> error.field() + " " + error.message())
                .collect(Collectors.joining("; "));
        return respond(headers, uri, 400, "Bad Request", detail, errors, null);
    }

    // Jackson's own subtypes are named so that these win over Quarkus' built-in mappers for them.
    @ServerExceptionMapper
    public Response unreadableJson(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return unreadableJson((JsonProcessingException) e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonParseException e, HttpHeaders headers, UriInfo uri) {
        return unreadableJson((JsonProcessingException) e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = "has the wrong type or format";
            return respond(headers, uri, 400, "Bad Request", field + " " + message,
                    List.of(new FieldError(field, message)), null);
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return respond(headers, uri, 400, "Bad Request", "The request body is not valid JSON" + where + ".",
                List.of(), null);
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, HttpHeaders headers, UriInfo uri) {
        return conflict(headers, uri);
    }

    @ServerExceptionMapper
    public Response concurrentChange(StaleStateException e, HttpHeaders headers, UriInfo uri) {
        return conflict(headers, uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, headers, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        return respond(headers, uri, status, title, title + ".", List.of(), null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        // Causes that are the client's doing, however deep they were wrapped.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return domain(domain, headers, uri);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return conflict(headers, uri);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return respond(headers, uri, 409, "Conflict",
                        "This conflicts with something that exists already (another request may have created it).",
                        List.of(), null);
            }
        }
        String errorId = UUID.randomUUID().toString().substring(0, 13);
        LOG.errorf(e, "Error %s while serving %s", errorId, uri.getRequestUri().getRawPath());
        return respond(headers, uri, 500, "Internal Server Error",
                "Something went wrong on our side. Quote error id " + errorId + " when you report it.", List.of(),
                errorId);
    }

    /** Whole seconds, rounded up, at least one (RFC 9110 delay-seconds). */
    public static long retryAfterSeconds(java.time.Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** Browsers go to the sign-in page and come back; API clients are told to bring a token. */
    private Response signInFirst(HttpHeaders headers, UriInfo uri) {
        if (wantsHtml(headers, uri)) {
            String here = uri.getRequestUri().getRawPath()
                    + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
            return Response.seeOther(java.net.URI.create(LocalPath.signInLink(here))).build();
        }
        Locale locale = language.apiLocale();
        Problem problem = new Problem("about:blank", ErrorTexts.translate("Unauthorized", locale), 401,
                ErrorTexts.translate("Sign in first: send a bearer token from your institution's identity provider,"
                        + " or the session cookie.", locale),
                uri.getRequestUri().getRawPath(), List.of(), null);
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer").entity(problem)
                .build();
    }

    private Response conflict(HttpHeaders headers, UriInfo uri) {
        return respond(headers, uri, 409, "Conflict",
                "Someone else changed this at the same time. Reload it and try again.", List.of(), null);
    }

    private Response respond(HttpHeaders headers, UriInfo uri, int status, String englishTitle,
            String englishDetail, List<FieldError> englishErrors, String errorId) {
        // In the reader's language (the page's, or the API client's); field names stay as sent.
        boolean html = wantsHtml(headers, uri);
        Locale locale = html ? language.locale() : language.apiLocale();
        String title = ErrorTexts.translate(englishTitle, locale);
        List<FieldError> errors = englishErrors.stream().map(error -> ErrorTexts.translate(error, locale)).toList();
        // With field errors the detail is "field message; ...": made again from the translated messages.
        String detail = errors.isEmpty() ? ErrorTexts.translate(englishDetail, locale)
                : errors.stream().map(error -> error.field() + " " + error.message()).collect(Collectors.joining("; "));
        if (html) {
            String message = detail;
            TemplateInstance page = layout.apply(Templates.error(status, message, errorId, errors));
            return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(page.render()).build();
        }
        Problem problem = new Problem("about:blank", title, status, detail, uri.getRequestUri().getRawPath(),
                errors, errorId);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** Browsers ask for text/html first; API clients ask for JSON or anything. */
    static boolean wantsHtml(HttpHeaders headers, UriInfo uri) {
        if (uri.getRequestUri().getRawPath().startsWith("/api/")) {
            return false;
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json")) {
                return false;
            }
        }
        return false;
    }

    /** "create.input.title.en" → "title.en": the method and parameter mean nothing to a client. */
    private static String field(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                names.add(node.getName());
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }
}
