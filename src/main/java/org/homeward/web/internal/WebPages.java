package org.homeward.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The web module's own pages: the home page and what Homeward says about itself. */
@Controller
class WebPages {

    @GetMapping("/")
    String home() {
        return "home";
    }

    @GetMapping("/about/data")
    String aboutData() {
        return "about/data";
    }
}
