package org.homeward.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.homeward.audit.VerificationResult.Breach;
import org.homeward.shared.PageRequest;
import org.homeward.support.HttpApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log against the real database. The chain is shared with every other test of the suite, so each test
 * writes under an entity type of its own, names only its own entries, and any tampering is undone (rolled back,
 * or restored in a finally block) before the test ends.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuditIT {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void forgetTheUser() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void appendedEntriesFormAValidChainAndAreFoundByRecord() {
        String type = uniqueType();
        inTransaction(status -> {
            auditLog.append(AuditRecord.created(type, "1"));
            auditLog.append(AuditRecord.updated(type, "1", List.of("phone", "address")));
        });
        inTransaction(status -> auditLog.appendAll(List.of(
                AuditRecord.read(type, "1").withPurpose("case review"),
                AuditRecord.deleted(type, "1"),
                AuditRecord.exported(type, "monthly return to UNHCR").withDetail("format", "csv"))));

        List<AuditEntry> entries = entriesOf(type);
        assertThat(entries)
                .extracting(AuditEntry::action)
                .containsExactly(
                        AuditAction.EXPORT,
                        AuditAction.DELETE,
                        AuditAction.READ,
                        AuditAction.UPDATE,
                        AuditAction.CREATE);
        assertThat(entries.get(3).changedFields()).containsExactly("address", "phone");
        assertThat(entries.get(0).details()).containsEntry("format", "csv");
        assertThat(entries.get(0).purpose()).isEqualTo("monthly return to UNHCR");
        assertThat(entries.get(2).purpose()).isEqualTo("case review");
        assertThat(entries.get(1).prevHash()).isEqualTo(entries.get(2).hash());
        assertThat(auditLog.verify().valid()).isTrue();
    }

    @Test
    void manyEntriesAtOnceAreAllChainedInTheOrderGiven() {
        String type = uniqueType();
        int count = 1_201; // one COPY of them all
        List<AuditRecord> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(AuditRecord.read(type, Integer.toString(i)));
        }
        inTransaction(status -> auditLog.appendAll(records));
        auditLog.sealPending();

        List<String> ids = jdbc.sql("SELECT entity_id FROM audit_entry WHERE entity_type = ? ORDER BY seq")
                .param(type)
                .query(String.class)
                .list();
        assertThat(ids)
                .containsExactlyElementsOf(
                        records.stream().map(AuditRecord::entityId).toList());
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_entry e JOIN audit_entry p ON p.seq = e.seq - 1
                         WHERE e.entity_type = ? AND e.prev_hash = p.hash""").param(type).query(Long.class).single())
                .as("entries linked to their predecessor")
                .isEqualTo(count);
        VerificationResult result = auditLog.verify();
        assertThat(result.valid()).as("%s", result).isTrue();
    }

    @Test
    void aBulkAppendStoresEveryEntryExactlyAsHashedWhateverItsCharacters() {
        String type = uniqueType();
        String awkward = "line one\nline\ttwo\r\\ \"quoted\" {braces}, commas; عربي";
        List<AuditRecord> records = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            records.add(AuditRecord.updated(type, String.valueOf(i), List.of("phone", "members[0].sex"))
                    .withPurpose(i == 7 ? awkward : null)
                    .withDetail("note", i == 7 ? awkward : "plain"));
        }
        inTransaction(status -> auditLog.appendAll(records));

        List<AuditEntry> newestHundred = entriesOf(type);
        assertThat(newestHundred).hasSize(100);
        AuditEntry odd = auditLog.entries(new AuditQuery(type, "7", null, null, null, null), PageRequest.of(0, 10))
                .items()
                .getFirst();
        assertThat(odd.purpose()).isEqualTo(awkward);
        assertThat(odd.details()).containsEntry("note", awkward);
        assertThat(odd.changedFields()).containsExactly("members[0].sex", "phone");
        assertThat(newestHundred.getFirst().entityId()).isEqualTo("149");
        assertThat(newestHundred.getFirst().purpose()).isNull();
        assertThat(auditLog.verify().valid()).isTrue();
    }

    @Test
    void theActorIsTheAuthenticatedUserAndSystemWithoutOne() {
        String type = uniqueType();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated("clerk-amal", null, List.of()));
        auditLog.append(AuditRecord.created(type, "1"));
        SecurityContextHolder.clearContext();
        auditLog.append(AuditRecord.created(type, "2"));

        assertThat(entriesOf(type)).extracting(AuditEntry::actor).containsExactly("system", "clerk-amal");
    }

    @Test
    void timeIsStoredAtMicrosecondsAsHashed() {
        String type = uniqueType();
        Instant before = Instant.now().minusSeconds(1);
        auditLog.append(AuditRecord.created(type, "1"));

        Instant occurredAt = entriesOf(type).getFirst().occurredAt();
        assertThat(occurredAt).isAfter(before).isBefore(Instant.now().plusSeconds(1));
        assertThat(occurredAt.getNano() % 1_000).isZero();
        assertThat(auditLog.verify().valid()).isTrue();
    }

    @Test
    void phoneNumbersNeverReachTheTable() {
        String type = uniqueType();
        auditLog.append(AuditRecord.read(type, "1").withDetail("note", "called +963 944 123 456"));
        auditLog.sealPending();

        String stored = jdbc.sql("SELECT details::text FROM audit_entry WHERE entity_type = ?")
                .param(type)
                .query(String.class)
                .single();
        assertThat(stored).contains("[redacted]").doesNotContain("944");
    }

    @Test
    void sixteenConcurrentWritersFormOneGapFreeChainThatVerifies() throws Exception {
        String type = uniqueType();
        int writers = 16;
        int appendsEach = 25;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            for (int writer = 0; writer < writers; writer++) {
                String prefix = "w" + writer + "-";
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < appendsEach; i++) {
                        String id = prefix + i;
                        inTransaction(status -> auditLog.append(AuditRecord.created(type, id)));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : done) {
                writer.get();
            }
        }
        auditLog.sealPending();

        List<Long> seqs = jdbc.sql("SELECT seq FROM audit_entry WHERE entity_type = ? ORDER BY seq")
                .param(type)
                .query(Long.class)
                .list();
        assertThat(seqs).hasSize(writers * appendsEach).doesNotHaveDuplicates();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_entry e JOIN audit_entry p ON p.seq = e.seq - 1
                         WHERE e.entity_type = ? AND e.prev_hash = p.hash""").param(type).query(Long.class).single())
                .as("entries linked to their predecessor")
                .isEqualTo(seqs.size());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_pending WHERE entity_type = ?")
                        .param(type)
                        .query(Long.class)
                        .single())
                .as("entries left waiting after their transactions committed")
                .isZero();
        VerificationResult result = auditLog.verify();
        assertThat(result.valid()).as("%s", result).isTrue();
        assertThat(result.entries()).isGreaterThanOrEqualTo(seqs.getLast());
    }

    @Test
    void aRolledBackTransactionLeavesNoEntry() {
        String type = uniqueType();
        inTransaction(status -> {
            auditLog.append(AuditRecord.created(type, "1"));
            status.setRollbackOnly();
        });

        assertThat(entriesOf(type)).isEmpty();
        assertThat(auditLog.verify().valid()).isTrue();
    }

    @Test
    void aFailingChangeTakesItsEntryWithIt() {
        String type = uniqueType();
        assertThatExceptionOfType(DataAccessException.class)
                .isThrownBy(() -> inTransaction(status -> {
                    auditLog.append(AuditRecord.created(type, "1"));
                    jdbc.sql("SELECT 1 / 0").query(Integer.class).single();
                }));

        assertThat(entriesOf(type)).isEmpty();
    }

    @Test
    void aReadOnlyTransactionIsRefusedBecauseTheEntryCouldNotBeWritten() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        assertThatIllegalStateException()
                .isThrownBy(() ->
                        readOnly.executeWithoutResult(status -> auditLog.append(AuditRecord.read(uniqueType(), "1"))))
                .withMessageContaining("read-only");
    }

    @Test
    void aRepeatableReadTransactionMayAppendBecauseChainingHappensAfterItCommits() {
        String type = uniqueType();
        TransactionTemplate repeatableRead = new TransactionTemplate(transactions);
        repeatableRead.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);

        repeatableRead.executeWithoutResult(status -> auditLog.append(AuditRecord.read(type, "1")));

        assertThat(entriesOf(type)).extracting(AuditEntry::entityId).containsExactly("1");
        assertThat(auditLog.verify().valid()).isTrue();
    }

    @Test
    void aCommittedEntryWaitsPendingUntilTheLogIsReadAndIsThenInTheChain() {
        String type = uniqueType();
        // Holding the head keeps the background sealer out, so the entry is seen pending after its commit.
        TransactionTemplate holder = new TransactionTemplate(transactions);
        holder.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        holder.executeWithoutResult(status -> {
            jdbc.sql("SELECT seq FROM audit_head FOR UPDATE").query(Long.class).single();
            holder.executeWithoutResult(inner -> auditLog.append(AuditRecord.created(type, "1")));
            assertThat(pendingOf(type)).as("committed, not yet chained").isEqualTo(1);
        });

        assertThat(entriesOf(type)).extracting(AuditEntry::entityId).containsExactly("1");
        assertThat(pendingOf(type)).isZero();
        assertThat(auditLog.verify().valid()).isTrue();
    }

    @Test
    void pendingEntriesCannotBeChangedOrRemovedExceptBySealing() {
        String type = uniqueType();
        TransactionTemplate holder = new TransactionTemplate(transactions);
        holder.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        holder.executeWithoutResult(status -> {
            jdbc.sql("SELECT seq FROM audit_head FOR UPDATE").query(Long.class).single();
            holder.executeWithoutResult(inner -> auditLog.append(AuditRecord.created(type, "1")));
            for (String sql : List.of(
                    "UPDATE audit_pending SET entity_id = '2' WHERE entity_type = :type",
                    "DELETE FROM audit_pending WHERE entity_type = :type",
                    "TRUNCATE audit_pending")) {
                assertThatExceptionOfType(DataAccessException.class)
                        .as(sql)
                        .isThrownBy(() -> holder.executeWithoutResult(
                                inner -> jdbc.sql(sql).param("type", type).update()))
                        .withMessageContaining("audit");
            }
        });

        assertThat(entriesOf(type)).extracting(AuditEntry::entityId).containsExactly("1");
    }

    @Test
    void theDatabaseRefusesToRewriteHistory() {
        String type = uniqueType();
        auditLog.append(AuditRecord.created(type, "1"));

        for (String sql : List.of(
                "UPDATE audit_entry SET entity_id = '2' WHERE entity_type = :type",
                "DELETE FROM audit_entry WHERE entity_type = :type",
                "TRUNCATE audit_entry",
                "UPDATE audit_head SET seq = seq + 1",
                "DELETE FROM audit_head")) {
            assertThatExceptionOfType(DataAccessException.class)
                    .as(sql)
                    .isThrownBy(() -> jdbc.sql(sql).param("type", type).update())
                    .withMessageContaining("audit");
        }
        assertThat(entriesOf(type)).extracting(AuditEntry::entityId).containsExactly("1");
    }

    @Test
    void anEntryInsertedBesideTheChainIsRefused() {
        assertThatExceptionOfType(DataAccessException.class)
                .isThrownBy(() -> jdbc.sql("""
                                INSERT INTO audit_entry (seq, occurred_at, actor, action, entity_type, prev_hash, hash)
                                SELECT seq + 1, now(), 'forger', 'CREATE', 'x', hash, hash
                                  FROM audit_head
                                """).update())
                .withMessageContaining("audit chain grows only by appending");
    }

    @Test
    void aRowEditedDirectlyInTheDatabaseIsNamedByVerification() {
        String type = uniqueType();
        auditLog.append(AuditRecord.read(type, "1"));
        long seq = seqOf(type, "1");
        assertThat(auditLog.verify().valid()).isTrue();
        try {
            bypassingTriggers(() -> jdbc.sql("UPDATE audit_entry SET entity_id = '2' WHERE seq = ?")
                    .param(seq)
                    .update());

            VerificationResult result = auditLog.verify();

            assertThat(result.valid()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(seq);
            assertThat(result.reason()).isEqualTo(Breach.HASH_MISMATCH);
            assertThat(result.entries()).isEqualTo(seq - 1);
        } finally {
            bypassingTriggers(() -> jdbc.sql("UPDATE audit_entry SET entity_id = '1' WHERE seq = ?")
                    .param(seq)
                    .update());
        }
        assertThat(auditLog.verify().valid()).isTrue();
    }

    @Test
    void aDeletedRowInTheMiddleIsNamedAsAGap() {
        String type = uniqueType();
        auditLog.appendAll(List.of(
                AuditRecord.created(type, "1"), AuditRecord.created(type, "2"), AuditRecord.created(type, "3")));
        long middle = seqOf(type, "2");

        VerificationResult result = verifiedWhileTampered("DELETE FROM audit_entry WHERE seq = ?", middle);

        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(middle);
        assertThat(result.reason()).isEqualTo(Breach.GAP_IN_SEQUENCE);
        assertThat(auditLog.verify().valid()).isTrue();
    }

    @Test
    void aRowPointingAtTheWrongPredecessorIsNamed() {
        String type = uniqueType();
        auditLog.appendAll(List.of(AuditRecord.created(type, "1"), AuditRecord.created(type, "2")));
        long second = seqOf(type, "2");

        VerificationResult result = verifiedWhileTampered(
                "UPDATE audit_entry SET prev_hash = decode(repeat('ab', 32), 'hex') WHERE seq = ?", second);

        assertThat(result.firstBrokenSeq()).isEqualTo(second);
        assertThat(result.reason()).isEqualTo(Breach.PREVIOUS_HASH_MISMATCH);
    }

    @Test
    void deletingTheLastEntryIsCaughtByTheHeadOfTheChain() {
        String type = uniqueType();
        auditLog.append(AuditRecord.created(type, "1"));
        long mine = seqOf(type, "1");

        VerificationResult result =
                verifiedWhileTampered("DELETE FROM audit_entry WHERE seq = (SELECT seq FROM audit_head)");

        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).isEqualTo(Breach.GAP_IN_SEQUENCE);
        assertThat(result.firstBrokenSeq()).isGreaterThanOrEqualTo(mine).isEqualTo(result.entries() + 1);
    }

    @Test
    void verificationAndEntriesNeedCredentials() {
        HttpApi anonymous = new HttpApi(port);

        assertThat(anonymous.get("/api/v1/audit/verify").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/v1/audit/entries").status()).isEqualTo(401);
    }

    private static String uniqueType() {
        StringBuilder letters = new StringBuilder("audit_it_");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 12; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    private List<AuditEntry> entriesOf(String type) {
        return auditLog.entries(new AuditQuery(type, null, null, null, null, null), PageRequest.of(0, 100))
                .items();
    }

    private long pendingOf(String type) {
        return jdbc.sql("SELECT count(*) FROM audit_pending WHERE entity_type = ?")
                .param(type)
                .query(Long.class)
                .single();
    }

    private long seqOf(String type, String id) {
        auditLog.sealPending();
        return jdbc.sql("SELECT seq FROM audit_entry WHERE entity_type = ? AND entity_id = ?")
                .params(type, id)
                .query(Long.class)
                .single();
    }

    private void inTransaction(Consumer<org.springframework.transaction.TransactionStatus> work) {
        new TransactionTemplate(transactions).executeWithoutResult(work);
    }

    /** What a database superuser can do: switch triggers off for the session and write the table directly. */
    private void bypassingTriggers(Runnable sql) {
        inTransaction(status -> {
            jdbc.sql("SET LOCAL session_replication_role = replica").update();
            sql.run();
        });
    }

    /**
     * Tampers and verifies inside one transaction that is then rolled back, so the shared chain is never seen
     * broken by other tests and nothing needs restoring. The head stays locked meanwhile: no other test can
     * append, so "the last entry" stays ours to delete.
     */
    private VerificationResult verifiedWhileTampered(String tampering, Object... params) {
        return new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            jdbc.sql("SELECT seq FROM audit_head FOR UPDATE").query(Long.class).single();
            jdbc.sql("SET LOCAL session_replication_role = replica").update();
            jdbc.sql(tampering).params(params).update();
            return auditLog.verify();
        });
    }
}
