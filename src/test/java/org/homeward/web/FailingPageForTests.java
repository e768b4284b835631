package org.homeward.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages that always fail, to check what the error pages show. Test code only: component scanning finds it
 * in test runs, never in the application.
 */
@Controller
class FailingPageForTests {

    static final String PATH = "/about/test-failure";
    static final String SECRET = "detail-that-must-not-leak";

    @GetMapping(PATH)
    String fail() {
        throw new IllegalStateException(SECRET);
    }

    /** Answers 400 for anything but a number. */
    @GetMapping(PATH + "/number")
    String number(@RequestParam int n) {
        return "home";
    }
}
