package org.homeward.statistics.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homeward.audit.AuditLog;
import org.homeward.audit.AuditRecord;
import org.homeward.statistics.ReportedFigure;
import org.homeward.statistics.internal.FigureValidator.Checked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the shipped reported figures into the ledger once the application is up: the November 2021 statements
 * (reference/reported_figures.csv) and UNHCR's yearly returns to Syria (reference/unhcr_syria_returns.csv).
 *
 * <p>Each row is applied once, ever: its natural key is claimed in {@code reported_figure_seed} in the same
 * transaction, so restarts, and several nodes starting together, add nothing twice, and a seeded figure a
 * coordinator later corrected or deleted is left as they left it. The files are Homeward's own, so a row that
 * does not validate stops the start with a message naming it.
 */
@Component
@EnableConfigurationProperties(StatisticsProperties.class)
class FigureSeeder {

    static final List<String> FILES = List.of("reference/reported_figures.csv", "reference/unhcr_syria_returns.csv");

    private static final Logger log = LoggerFactory.getLogger(FigureSeeder.class);

    private final StatisticsProperties properties;
    private final FigureStore store;
    private final FigureValidator validator;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    FigureSeeder(
            StatisticsProperties properties,
            FigureStore store,
            FigureValidator validator,
            AuditLog audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.properties = properties;
        this.store = store;
        this.validator = validator;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedOnStartup() {
        if (properties.seedOnStartup()) {
            int added = FILES.stream().mapToInt(this::seed).sum();
            if (added > 0) {
                log.info("Added {} reported figures to the ledger from the shipped reference files", added);
            }
        }
    }

    /** Applies the rows of one file not applied before; answers how many figures it added. */
    int seed(String file) {
        List<FigureData> figures = read(file);
        Integer added = transactions.execute(status -> {
            List<AuditRecord> records = new ArrayList<>();
            for (FigureData figure : figures) {
                if (!store.claimSeed(figure.naturalKey(), clock.instant())) {
                    continue;
                }
                Optional<ReportedFigure> existing = store.findByNaturalKey(figure);
                long id = existing.isPresent() ? existing.get().id() : store.insert(figure, "system", clock.instant());
                store.seedApplied(figure.naturalKey(), id);
                if (existing.isEmpty()) {
                    records.add(AuditRecord.created(FigureService.FIGURE, Long.toString(id))
                            .withDetail("source", "seed"));
                }
            }
            if (!records.isEmpty()) {
                audit.appendAll(records);
            }
            return records.size();
        });
        return added == null ? 0 : added;
    }

    private List<FigureData> read(String file) {
        FigureCsv.Parsed parsed;
        try (Reader reader =
                new InputStreamReader(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8)) {
            parsed = FigureCsv.read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        if (!parsed.problems().isEmpty()) {
            throw new IllegalStateException(file + ": " + parsed.problems());
        }
        List<FigureData> figures = new ArrayList<>();
        for (FigureCsv.Row row : parsed.rows()) {
            Checked checked = validator.check(row.draft());
            if (!row.problems().isEmpty() || checked.data() == null) {
                throw new IllegalStateException(
                        file + " line " + row.line() + ": " + row.problems() + " " + checked.problems());
            }
            figures.add(checked.data());
        }
        return figures;
    }
}
