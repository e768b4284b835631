package org.homeward.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.homeward.shared.NotFoundException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A household that does not exist, or that the user may not know of, gets the ordinary 404 page (the API's
 * problem-details advice covers REST controllers only). Sent as an error so that the error page, like every
 * page, gets its layout and language links.
 */
@ControllerAdvice(assignableTypes = {HouseholdListPages.class, HouseholdPages.class, HouseholdFormPages.class})
class RegistryPagesAdvice {

    @ExceptionHandler
    void notFound(NotFoundException e, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
