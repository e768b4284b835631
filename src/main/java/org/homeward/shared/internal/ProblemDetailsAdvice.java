package org.homeward.shared.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.homeward.shared.InvalidParameterException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.ValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns the API's exceptions into RFC 9457 problem details. Spring MVC's own exceptions (bad types,
 * missing parameters, unreadable bodies) get their standard problem details from the superclass.
 */
@RestControllerAdvice(annotations = RestController.class)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

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
}
