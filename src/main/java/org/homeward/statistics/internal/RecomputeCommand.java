package org.homeward.statistics.internal;

import org.homeward.statistics.RecomputeReport;
import org.homeward.statistics.ReturnStatistics;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line recompute: started with {@code --homeward.statistics.recompute}, the application rebuilds the
 * roll-ups, prints the report as JSON on standard output and exits (status 0 when the roll-ups were consistent,
 * 3 when the recompute had to correct them).
 */
@Component
class RecomputeCommand implements ApplicationRunner {

    static final String OPTION = "homeward.statistics.recompute";

    private final ReturnStatistics statistics;
    private final ConfigurableApplicationContext context;

    RecomputeCommand(ReturnStatistics statistics, ConfigurableApplicationContext context) {
        this.statistics = statistics;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!arguments.containsOption(OPTION)) {
            return;
        }
        RecomputeReport report = statistics.recompute();
        System.out.println(
                JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(report));
        int status = report.consistent() ? 0 : 3;
        System.exit(SpringApplication.exit(context, () -> status));
    }
}
