package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.ecaf.domain.audit.AuditEntry;
import org.ecaf.domain.audit.AuditEvent;
import org.ecaf.domain.audit.AuditKey;
import org.ecaf.domain.audit.AuditOutcome;
import org.ecaf.domain.audit.AuditVerifier;
import org.ecaf.domain.audit.ChainHead;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.CaseNote;
import org.ecaf.domain.cases.NoteDetails;
import org.ecaf.domain.cases.Step;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.child.ChildDetails;
import org.ecaf.domain.organisation.Agency;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Role;
import org.ecaf.domain.organisation.Team;
import org.ecaf.web.infrastructure.audit.AuditChain;
import org.ecaf.web.infrastructure.persistence.JpaAuditLog;
import org.ecaf.web.infrastructure.persistence.SchemaMigration;
import org.ecaf.web.testing.TestDatabase;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The same persistence tests on each database eCAF supports: the Flyway migrations, the JPA mappings and the
 * audit chain, outside the container (EclipseLink in Java SE, the same persistence unit).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PersistenceContract {

    protected TestDatabase database;
    protected EntityManagerFactory emf;
    protected MigrateResult migration;
    protected final Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:15:30.123456Z"), ZoneOffset.UTC);

    protected void open(TestDatabase db) {
        this.database = db;
        this.migration = SchemaMigration.migrate(db.dataSource(), getClass().getClassLoader());
        this.emf = Persistence.createEntityManagerFactory("ecaf", db.jpaProperties());
    }

    @AfterAll
    void closeDatabase() {
        if (emf != null) {
            emf.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /** An agency, team, practitioner and child of their own (codes start with {@code prefix}), and a case opened. */
    private CafCase openCase(EntityManager em, String prefix, String username, String name, ChildDetails child,
                             OffsetDateTime at) {
        Agency agency = new Agency(prefix + "A-" + database.kind(), name + "'s agency", "LOCAL_AUTHORITY");
        Team team = new Team(prefix + "T-" + database.kind(), name + "'s team", agency);
        Practitioner author = new Practitioner(username + "-" + database.kind(), name, agency, team,
                EnumSet.of(Role.PRACTITIONER));
        Child registered = new Child(child, author, at);
        CafCase c = CafCase.open("CAF-" + username.toUpperCase() + "-" + database.kind().toString().toUpperCase(),
                registered, author, at);
        em.persist(agency);
        em.persist(team);
        em.persist(author);
        em.persist(registered);
        em.persist(c);
        return c;
    }

    protected <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Test
    void flywayCreatesTheSchemaAndASecondRunChangesNothing() {
        assertThat(migration.success).isTrue();
        assertThat(migration.migrationsExecuted).isGreaterThanOrEqualTo(1);
        MigrateResult again = SchemaMigration.migrate(database.dataSource(), getClass().getClassLoader());
        assertThat(again.migrationsExecuted).isZero();
        assertThat(SchemaMigration.versionAfter(again)).isEqualTo(SchemaMigration.versionAfter(migration));
    }

    @Test
    void organisationAndAccountsRoundTrip() {
        Long id = inTransaction(em -> {
            Agency agency = new Agency("A-" + database.kind(), "Gwasanaeth Teulu Ŵyn", "LOCAL_AUTHORITY")
                    .withContact("029 2000 0000", "teulu@example.cymru", "Stryd Fawr, Caerdydd");
            Team team = new Team("T-" + database.kind(), "Tîm Cymorth Cynnar", agency);
            Practitioner lead = new Practitioner("lead-" + database.kind(), "Nguyễn Thị Lan", agency, team,
                    EnumSet.of(Role.TEAM_LEAD)).withContact("Team manager", "lan@example.cymru", "029 2000 0001");
            em.persist(agency);
            em.persist(team);
            em.persist(lead);
            em.flush();
            return lead.getId();
        });
        Practitioner read = inTransaction(em -> em.find(Practitioner.class, id));
        assertThat(read.getDisplayName()).isEqualTo("Nguyễn Thị Lan");
        assertThat(read.getRoles()).containsExactly(Role.TEAM_LEAD);
        assertThat(read.getTeam().getName()).isEqualTo("Tîm Cymorth Cynnar");
        assertThat(read.getAgency().getName()).isEqualTo("Gwasanaeth Teulu Ŵyn");
        assertThat(read.leads(read.getTeam())).isTrue();
    }

    @Test
    void caseNotesAndTheCorrectionThatPointsToOneRoundTrip() {
        OffsetDateTime at = OffsetDateTime.now(clock);
        LocalDate today = LocalDate.of(2026, 11, 21);
        long[] ids = inTransaction(em -> {
            CafCase c = openCase(em, "N", "notes", "Siân Ó Briain", ChildDetails.of("Zoë", "Nguyễn", List.of(),
                    LocalDate.of(2015, 3, 4), null, "female", "1 Mill Lane", "NB1 1AA", null, null, "English", false,
                    today), at);
            Practitioner author = c.getOpenedBy();
            CaseNote first = c.addNote(new NoteDetails(CaseNote.Kind.PHONE_CALL, today.minusDays(1),
                    LocalTime.of(14, 30), "Rhoddodd y fam alwad\nSecond line", null, null),
                    new Step(author, at, LocalDateTime.of(today, LocalTime.NOON)));
            em.flush();
            CaseNote second = c.addNote(new NoteDetails(CaseNote.Kind.HOME_VISIT, today.minusDays(1), null,
                    "It was a visit", first.getId(), "Wrong kind"), new Step(author, at.plusMinutes(1),
                    LocalDateTime.of(today, LocalTime.NOON)));
            em.flush();
            return new long[] {c.getId(), first.getId(), second.getId()};
        });
        CafCase read = inTransaction(em -> {
            CafCase c = em.find(CafCase.class, ids[0]);
            c.getNotes().forEach(n -> n.getCorrects());
            return c;
        });
        assertThat(read.getNotes()).extracting(CaseNote::getId).containsExactly(ids[1], ids[2]);
        CaseNote first = read.getNotes().get(0);
        CaseNote second = read.getNotes().get(1);
        assertThat(first.getKind()).isEqualTo(CaseNote.Kind.PHONE_CALL);
        assertThat(first.getHappenedOn()).isEqualTo(today.minusDays(1));
        assertThat(first.getHappenedAt()).isEqualTo(LocalTime.of(14, 30));
        assertThat(first.getText()).isEqualTo("Rhoddodd y fam alwad\nSecond line");
        assertThat(first.getAuthor().getDisplayName()).isEqualTo("Siân Ó Briain");
        assertThat(first.getWrittenAt().toInstant()).isEqualTo(at.toInstant());
        assertThat(first.getCorrects()).isNull();
        assertThat(second.getHappenedAt()).isNull();
        assertThat(second.getCorrects().getId()).isEqualTo(ids[1]);
        assertThat(second.getCorrectionReason()).isEqualTo("Wrong kind");
        assertThat(read.correctionOf(first)).map(CaseNote::getId).contains(ids[2]);
        assertThat(read.getEvents()).extracting(e -> e.getKind()).contains("NOTE", "NOTE_CORRECTED");
    }

    @Test
    void aCaseLockedForAChangeIsCurrentEvenWhenThisTransactionReadItBeforeAnotherCommitted() {
        OffsetDateTime at = OffsetDateTime.now(clock);
        LocalDate today = LocalDate.of(2026, 11, 21);
        long id = inTransaction(em -> {
            CafCase c = openCase(em, "L", "lock", "Lock Author", ChildDetails.of("Ada", "Lock", List.of(),
                    LocalDate.of(2016, 5, 6), null, "female", "2 Mill Lane", "NB1 1AB", null, null, "English", false,
                    today), at);
            em.flush();
            return c.getId();
        });
        LocalDate changedByAnother = today.plusMonths(3);
        EntityManager mine = emf.createEntityManager();
        try {
            mine.getTransaction().begin();
            CafCase readFirst = mine.find(CafCase.class, id);
            assertThat(readFirst.getReviewDate()).isNull();
            // another node commits a change to the case after this transaction read it, before it locks it
            inTransaction(other -> other.createQuery("update CafCase c set c.reviewDate = :d,"
                    + " c.rowVersion = c.rowVersion + 1 where c.id = :id").setParameter("d", changedByAnother)
                    .setParameter("id", id).executeUpdate());
            CafCase locked = new org.ecaf.web.infrastructure.persistence.JpaCaseRepository(mine).findForUpdate(id)
                    .orElseThrow();
            assertThat(locked).isSameAs(readFirst);
            assertThat(locked.getReviewDate()).isEqualTo(changedByAnother);
            assertThat(new org.ecaf.web.infrastructure.persistence.JpaCaseRepository(mine).findForUpdate(id + 1_000_000))
                    .isEmpty();
            mine.getTransaction().commit();
        } finally {
            if (mine.getTransaction().isActive()) {
                mine.getTransaction().rollback();
            }
            mine.close();
        }
    }

    @Test
    void usernamesAreUnique() {
        inTransaction(em -> {
            em.persist(new Practitioner("unique-" + database.kind(), "One", null, null, EnumSet.of(Role.ADMIN)));
            return null;
        });
        assertThatThrownBy(() -> inTransaction(em -> {
            em.persist(new Practitioner("unique-" + database.kind(), "Two", null, null, EnumSet.of(Role.ADMIN)));
            em.flush();
            return null;
        })).isInstanceOf(PersistenceException.class);
    }

    private static final AuditKey KEY = AuditKey.of(new byte[32]);

    private AuditVerifier.Result verify() {
        return verify(OffsetDateTime.now(clock));
    }

    /** Verification as the application makes it, the events waiting to be chained judged as of {@code now}. */
    private AuditVerifier.Result verify(OffsetDateTime now) {
        return inTransaction(em -> {
            JpaAuditLog log = new JpaAuditLog(em, clock);
            AuditVerifier verifier = new AuditVerifier(KEY, log.head(), Optional.empty(), 0);
            verifier.check(log.range(1, 100_000));
            verifier.waiting(log.waiting(), now);
            return verifier.result();
        });
    }

    /** What the application's chainer does every 100 ms. */
    private long chain() {
        try {
            return AuditChain.chainAll(database.dataSource()::getConnection, KEY);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long countEvents(String where) {
        return inTransaction(em -> ((Number) em.createNativeQuery("select count(*) from audit_event where " + where)
                .getSingleResult()).longValue());
    }

    @Test
    void theAuditLogIsAnUnbrokenKeyedHashChainThatSurvivesARoundTrip() {
        for (int i = 0; i < 20; i++) {
            String detail = "round trip " + i;
            AuditEvent written = inTransaction(em -> new JpaAuditLog(em, clock).append(
                    new AuditEntry("tester", "test.append", "case", "42", AuditOutcome.SUCCESS, detail)));
            assertThat(written.isChained()).as("an append only writes the event").isFalse();
        }
        chain();
        List<AuditEvent> events = inTransaction(em -> new JpaAuditLog(em, clock).range(1, 100_000)).stream()
                .filter(e -> e.getDetail() != null && e.getDetail().startsWith("round trip ")).toList();
        assertThat(events).extracting(AuditEvent::getDetail).as("chained in the order written")
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 20).mapToObj(i -> "round trip " + i)
                        .toList());
        assertThat(verify().intact()).as(verify().message()).isTrue();
        assertThat(events.get(0).getOccurredAt()).isEqualTo(OffsetDateTime.parse("2026-11-21T10:15:30.123Z"));
        ChainHead head = inTransaction(em -> new JpaAuditLog(em, clock).head());
        assertThat(head.sequence()).isGreaterThanOrEqualTo(events.get(events.size() - 1).getSequence());
        assertThat(head.keyedFrom()).as("V10 keys a fresh log from its first event").isEqualTo(1);

        // finding 8: texts longer than their columns are shortened, not refused by the database
        AuditEvent longOne = inTransaction(em -> new JpaAuditLog(em, clock).append(new AuditEntry("tester",
                "audit.read", "x".repeat(41), "y".repeat(61), AuditOutcome.REFUSED, "z".repeat(1001))));
        assertThat(longOne.getRecordType()).hasSize(40).endsWith("…");
        chain();
        assertThat(verify().intact()).isTrue();
        head = inTransaction(em -> new JpaAuditLog(em, clock).head());

        // altering a stored row is detected at that row, and every event is still counted
        long victim = events.get(5).getSequence();
        inTransaction(em -> em.createNativeQuery("update audit_event set detail = 'rewritten' where seq = " + victim)
                .executeUpdate());
        AuditVerifier.Result tampered = verify();
        assertThat(tampered.firstBrokenSequence()).isEqualTo(victim);
        assertThat(tampered.problem()).isEqualTo("EVENT_ALTERED");
        assertThat(tampered.eventsChecked()).isEqualTo(head.sequence());
        // put back, so that the other tests of this class find the log intact
        String original = events.get(5).getDetail();
        inTransaction(em -> em.createNativeQuery("update audit_event set detail = ?1 where seq = " + victim)
                .setParameter(1, original).executeUpdate());
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void eventsAppendedByManyConcurrentTransactionsAreAllChainedGapFreeWhileTwoChainersTakeTurns() throws Exception {
        int writers = 16;
        int each = 25;
        String marker = "concurrent " + database.kind() + " ";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers + 2);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
            List<java.util.concurrent.Future<?>> writes = new java.util.ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                writes.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        String detail = marker + writer + "-" + i;
                        inTransaction(em -> new JpaAuditLog(em, clock).append(new AuditEntry("writer" + writer,
                                "test.concurrent", "case", Integer.toString(writer), AuditOutcome.SUCCESS, detail)));
                    }
                    return null;
                }));
            }
            // two chainers at once, as two nodes run them: the head row lock makes them take turns
            List<java.util.concurrent.Future<Long>> chainers = new java.util.ArrayList<>();
            for (int n = 0; n < 2; n++) {
                chainers.add(pool.submit(() -> {
                    start.await();
                    long chained = 0;
                    while (writing.get()) {
                        try (java.sql.Connection c = database.dataSource().getConnection()) {
                            chained += AuditChain.chainBatch(c, KEY, 50);
                        }
                        Thread.sleep(2); // a turn every few milliseconds, as the application's every 100 ms
                    }
                    return chained;
                }));
            }
            start.countDown();
            for (var write : writes) {
                write.get(120, java.util.concurrent.TimeUnit.SECONDS);
            }
            writing.set(false);
            for (var chainer : chainers) {
                chainer.get(120, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        chain();

        assertThat(countEvents("seq is null")).as("nothing left waiting").isZero();
        AuditVerifier.Result result = verify();
        assertThat(result.intact()).as(result.message()).isTrue();
        ChainHead head = inTransaction(em -> new JpaAuditLog(em, clock).head());
        assertThat(result.eventsChecked()).as("every event from 1 to the head, no gap").isEqualTo(head.sequence());
        assertThat(countEvents("seq between 1 and " + head.sequence())).isEqualTo(head.sequence());
        List<String> chained = inTransaction(em -> new JpaAuditLog(em, clock).range(1, 100_000)).stream()
                .map(AuditEvent::getDetail).filter(d -> d != null && d.startsWith(marker)).toList();
        assertThat(chained).as("each event once").hasSize(writers * each).doesNotHaveDuplicates();
    }

    @Test
    void anEventWhoseTransactionRollsBackIsNeverChainedNorStored() {
        String detail = "rolled back " + database.kind();
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            new JpaAuditLog(em, clock).append(new AuditEntry("tester", "test.rollback", "case", "1",
                    AuditOutcome.SUCCESS, detail));
            em.flush();
            em.getTransaction().rollback();
        } finally {
            em.close();
        }
        chain();
        assertThat(countEvents("detail = '" + detail + "'")).isZero();
        assertThat(verify().intact()).as(verify().message()).isTrue();
    }

    @Test
    void anEventLeftWaitingIsCountedAndAfterAMinuteIsAFindingUntilItIsChained() {
        chain();
        AuditEvent waiting = inTransaction(em -> new JpaAuditLog(em, clock).append(new AuditEntry("tester",
                "test.waiting", "case", "1", AuditOutcome.SUCCESS, "left waiting " + database.kind())));
        OffsetDateTime written = waiting.getOccurredAt();

        AuditVerifier.Result soon = verify(written.plusSeconds(1));
        assertThat(soon.intact()).as("waiting a second is normal: " + soon.message()).isTrue();
        assertThat(soon.eventsWaiting()).isEqualTo(1);
        assertThat(soon.oldestWaitingSeconds()).isEqualTo(1);

        AuditVerifier.Result late = verify(written.plusMinutes(2));
        assertThat(late.intact()).isFalse();
        assertThat(late.problem()).isEqualTo("EVENTS_NOT_CHAINED");
        assertThat(late.eventsWaiting()).isEqualTo(1);
        assertThat(late.oldestWaitingSeconds()).isEqualTo(120);
        assertThat(late.message()).contains("1 event(s) wait to be chained", "120 s");

        assertThat(chain()).isEqualTo(1);
        AuditVerifier.Result chained = verify(written.plusMinutes(2));
        assertThat(chained.intact()).as(chained.message()).isTrue();
        assertThat(chained.eventsWaiting()).isZero();
        assertThat(chained.oldestWaitingSeconds()).isNull();
    }
}
