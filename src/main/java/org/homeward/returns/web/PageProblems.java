package org.homeward.returns.web;

import org.homeward.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A case or convoy that does not exist (or is hidden from the reader) is the ordinary 404 page. */
@ControllerAdvice(assignableTypes = {ReturnPages.class, CaseActions.class, ConvoyPages.class})
class PageProblems {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        return "error/404";
    }
}
