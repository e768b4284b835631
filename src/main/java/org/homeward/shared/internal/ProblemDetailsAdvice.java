package org.homeward.shared.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidParameterException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.PreconditionFailedException;
import org.homeward.shared.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns the API's exceptions into RFC 9457 problem details. Spring MVC's own exceptions (bad types,
 * missing parameters, unreadable bodies) get their standard problem details from the superclass.
 */
@RestControllerAdvice(annotations = RestController.class)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    static URI type(String name) {
        return URI.create("/problems/" + name);
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(type("not-found"));
        problem.setTitle("Not found");
        problem.setProperty("kind", e.kind());
        problem.setProperty("key", e.key());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalidParameter(InvalidParameterException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(type("invalid-parameter"));
        problem.setTitle("Invalid parameter");
        problem.setProperty("parameter", e.parameter());
        problem.setProperty("expected", e.expected());
        problem.setProperty(
                "errors", List.of(Map.of("field", e.parameter(), "code", "invalid", "message", e.getMessage())));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalid(ValidationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(type("validation"));
        problem.setTitle("The request has invalid fields");
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(type(e.code()));
        problem.setTitle("Conflict");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail precondition(PreconditionFailedException e) {
        HttpStatus status = e.isMissing() ? HttpStatus.PRECONDITION_REQUIRED : HttpStatus.PRECONDITION_FAILED;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(type(e.isMissing() ? "precondition-required" : "stale-version"));
        problem.setTitle(e.isMissing() ? "If-Match required" : "Stale version");
        return problem;
    }

    /**
     * A body that is not JSON, or has a value of the wrong type: name the field by its JSON path
     * ({@code members[1].dateOfBirth}) but never echo the value, which may be personal data.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = null;
        Throwable cause = e.getCause();
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            field = path(jackson.getPath());
        }
        String detail = field == null
                ? "The request body is not valid JSON, or is empty"
                : "Field '" + field + "' has a value of the wrong type or format";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(type("unreadable-body"));
        problem.setTitle("Unreadable request body");
        if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "code", "wrong-type", "message", detail)));
        }
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * Anything unexpected: 500 with an incident id to quote, and a log line with the exception's type and
     * stack but not its message, which for database errors may quote the values of personal fields.
     */
    @ExceptionHandler
    ProblemDetail unexpected(Exception e) throws Exception {
        if (e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException) {
            throw e; // answered by the security filters
        }
        String incident = UUID.randomUUID().toString();
        Throwable withoutMessage = new Throwable(e.getClass().getName());
        withoutMessage.setStackTrace(e.getStackTrace());
        log.error("Unexpected {} (incident {})", e.getClass().getName(), incident, withoutMessage);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; quote incident " + incident);
        problem.setType(type("internal"));
        problem.setTitle("Internal error");
        problem.setProperty("incident", incident);
        return problem;
    }
}
