package org.homeward.registry.internal.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's registry: {@code homeward.demo.households} synthetic households (5,000 unless set),
 * registered under the demo organisations. Runs after the identity module's demo data (order 10), which
 * creates those organisations; does nothing once the households are there.
 */
@Component
@Profile("demo")
@Order(30)
class RegistryDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RegistryDemoData.class);

    private final DemoHouseholds households;
    private final long target;

    RegistryDemoData(DemoHouseholds households, @Value("${homeward.demo.households:5000}") long target) {
        this.households = households;
        this.target = target;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        long started = System.nanoTime();
        long written = households.fill(target);
        if (written > 0) {
            log.info(
                    "Demo registry: wrote {} synthetic households in {} ms",
                    written,
                    (System.nanoTime() - started) / 1_000_000);
        } else {
            log.info("Demo registry: {} synthetic households already there", target);
        }
    }
}
