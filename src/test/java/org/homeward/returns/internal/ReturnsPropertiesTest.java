package org.homeward.returns.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ReturnsPropertiesTest {

    @Test
    void monitoringVisitsFallDueAtOneThreeAndSixMonthsUnlessConfigured() {
        assertThat(bind(Map.of()).monitoring().months()).containsExactly(1, 3, 6);
        assertThat(bind(Map.of("homeward.returns.monitoring.months", "12, 2,2, 6"))
                        .monitoring()
                        .months())
                .containsExactly(2, 6, 12);
    }

    @Test
    void monthsOutOfRangeAreRefusedAtStartUp() {
        assertThatThrownBy(() -> bind(Map.of("homeward.returns.monitoring.months", "1,500")))
                .isInstanceOf(BindException.class)
                .hasStackTraceContaining("0 to 120");
    }

    private static ReturnsProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("homeward.returns", ReturnsProperties.class);
    }
}
