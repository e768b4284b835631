package org.homeward.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.shared.PageRequest;
import org.homeward.statistics.FigureSearch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FigureSeederIT {

    @Autowired
    FigureSeeder seeder;

    @Autowired
    FigureStore store;

    @Autowired
    JdbcClient jdbc;

    @Test
    void seedingAgainAddsNothing() {
        long before = seeded();

        for (String file : FigureSeeder.FILES) {
            assertThat(seeder.seed(file)).as(file).isZero();
        }

        assertThat(seeded()).isEqualTo(before).isEqualTo(4 + 29);
        assertThat(store.search(new FigureSearch("returnees_total", "SYR", null, null), PageRequest.of(0, 50))
                        .items())
                .extracting(figure -> figure.publisher())
                .contains("Islam Times", "Joint meeting of the Syrian and Russian coordinating bodies (as reported)");
    }

    private long seeded() {
        return jdbc.sql("SELECT count(*) FROM reported_figure_seed WHERE figure_id IS NOT NULL")
                .query(Long.class)
                .single();
    }
}
