package org.homeward.returns.web;

import java.net.URI;
import org.homeward.returns.TransitionRefused;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused transition as problem details: 409, naming the current state and the actions the case allows, so that
 * a client can tell the user what to do instead. Ordered before the shared advice, whose catch-all would otherwise
 * answer first.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TransitionProblems {

    @ExceptionHandler
    ProblemDetail refused(TransitionRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("/problems/transition-refused"));
        problem.setTitle("Transition refused");
        problem.setProperty("action", e.action());
        problem.setProperty("currentState", e.currentState().name());
        problem.setProperty("allowedActions", e.allowedActions());
        return problem;
    }
}
