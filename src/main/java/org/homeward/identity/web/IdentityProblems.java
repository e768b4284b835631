package org.homeward.identity.web;

import java.net.URI;
import org.homeward.identity.AlreadyExistsException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** 409 for a username or organisation code that is taken. Other problems are the shared advice's. */
@RestControllerAdvice(basePackageClasses = IdentityProblems.class)
class IdentityProblems {

    @ExceptionHandler
    ProblemDetail alreadyExists(AlreadyExistsException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("/problems/already-exists"));
        problem.setTitle("Already exists");
        problem.setProperty("kind", e.kind());
        problem.setProperty("key", e.key());
        return problem;
    }
}
