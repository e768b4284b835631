package org.homeward.registry.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds the population roll-up's delta rows (V62) into one row per cell every few seconds, so that reading it
 * stays a few hundred rows. One statement deletes the rows its snapshot sees and inserts their sums: rows of
 * transactions committing meanwhile stay as they are, so no count is lost or doubled. A transaction-level advisory
 * lock keeps two folds (two application instances, or a fold and a recount) from deleting the same rows.
 */
@Component
class HouseholdPopulationCompaction implements SmartLifecycle {

    static final Duration EVERY = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(HouseholdPopulationCompaction.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private ScheduledExecutorService scheduler;

    HouseholdPopulationCompaction(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** The key of the roll-up's fold lock, a transaction-level advisory lock. */
    private static final String LOCK_KEY = "hashtext('household_population')";

    /** Takes the roll-up's fold lock for the current transaction, waiting for a fold under way. */
    static void lock(JdbcClient jdbc) {
        jdbc.sql("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")").query().singleValue();
    }

    /** Folds the delta rows into one per cell; answers how many rows it folded (0 when another fold was busy). */
    int fold() {
        Integer folded = transactions.execute(status -> {
            Boolean mine = jdbc.sql("SELECT pg_try_advisory_xact_lock(" + LOCK_KEY + ")")
                    .query(Boolean.class)
                    .single();
            if (!Boolean.TRUE.equals(mine)) {
                return 0;
            }
            return jdbc.sql("""
                            WITH gone AS (DELETE FROM household_population RETURNING *)
                            INSERT INTO household_population
                                   (displacement_status, origin_adm1, current_country, households, people)
                            SELECT displacement_status, origin_adm1, current_country, sum(households), sum(people)
                              FROM gone
                             GROUP BY displacement_status, origin_adm1, current_country
                            HAVING sum(households) <> 0 OR sum(people) <> 0
                            """).update();
        });
        return folded == null ? 0 : folded;
    }

    private void foldQuietly() {
        try {
            // only when some cell has more than one row: a folded roll-up is left as it is
            Boolean unfolded = jdbc.sql("SELECT count(*) > count(DISTINCT (displacement_status, origin_adm1,"
                            + " current_country)) FROM household_population")
                    .query(Boolean.class)
                    .single();
            if (Boolean.TRUE.equals(unfolded)) {
                fold();
            }
        } catch (RuntimeException e) {
            // the next round tries again; the class only, since database messages can quote values
            log.warn(
                    "Folding the registry's population roll-up failed: {}",
                    e.getClass().getName());
        }
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("household-population-fold").daemon().factory());
        scheduler.scheduleWithFixedDelay(this::foldQuietly, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
