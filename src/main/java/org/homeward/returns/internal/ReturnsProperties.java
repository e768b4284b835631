package org.homeward.returns.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the return workflow ({@code homeward.returns.*}).
 *
 * @param monitoring when post-return monitoring visits are due
 */
@ConfigurationProperties("homeward.returns")
record ReturnsProperties(Monitoring monitoring) {

    ReturnsProperties {
        monitoring = monitoring == null ? new Monitoring(null) : monitoring;
    }

    /** @param months months after the first arrival at which a visit is due; 1, 3 and 6 unless set */
    record Monitoring(List<Integer> months) {

        Monitoring {
            if (months == null || months.isEmpty()) {
                months = List.of(1, 3, 6);
            }
            if (months.stream().anyMatch(month -> month == null || month < 0 || month > 120)) {
                throw new IllegalArgumentException("homeward.returns.monitoring.months: whole numbers from 0 to 120");
            }
            // visits are numbered in the order they fall due
            months = months.stream().distinct().sorted().toList();
        }
    }
}
