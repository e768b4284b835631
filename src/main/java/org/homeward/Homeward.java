package org.homeward;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Homeward: coordination of the safe, dignified and voluntary return of displaced people. */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class Homeward {

    public static void main(String[] args) {
        SpringApplication.run(Homeward.class, args);
    }
}
