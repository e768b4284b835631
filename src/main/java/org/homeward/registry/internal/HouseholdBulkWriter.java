package org.homeward.registry.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.homeward.audit.AuditLog;
import org.homeward.audit.AuditRecord;
import org.homeward.identity.Organisations;
import org.homeward.registry.ConsentPurpose;
import org.homeward.registry.Consents;
import org.homeward.registry.HouseholdRegistered;
import org.homeward.shared.CopyText;
import org.homeward.shared.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bulk path into the registry, for demo data and benchmarks: many households in one transaction,
 * written with COPY. The rows are those a registration through {@link org.homeward.registry.Registry} makes:
 * drafts pass the same validator, and areas, name keys, reference numbers and member positions follow the
 * same rules. The audit entries are the same too (CREATE per household, and per consent as {@code
 * ConsentService} writes them), appended in one batch under the given actor, and {@link HouseholdRegistered}
 * is published per household.
 *
 * <p>There is no signed-in user and no access check: this is start-up and test machinery, not part of the
 * module's API (other modules cannot reach {@code registry.internal}).
 */
@Component
public class HouseholdBulkWriter {

    private static final String HOUSEHOLD = "household";
    private static final String COPY_HOUSEHOLD = """
            COPY household (id, reference, organisation_id, displacement_status, origin_pcode, origin_areas,
                current_country, current_locality, current_pcode, current_site, current_areas, date_displaced, phone,
                notes, child_headed, member_count, version, created_at, created_by, updated_at, updated_by)
            FROM STDIN""";
    private static final String COPY_PERSON = """
            COPY person (id, household_id, position, relationship, sex, date_of_birth, birth_year, birth_precision,
                given_name_ar, father_name_ar, grandfather_name_ar, family_name_ar, given_name_latin, father_name_latin,
                grandfather_name_latin, family_name_latin, nationality, specific_needs, name_keys)
            FROM STDIN""";
    private static final String COPY_DOCUMENT =
            "COPY identity_document (id, person_id, position, document_type, document_number, issuing_country) FROM STDIN";
    private static final String COPY_CONSENT = """
            COPY consent_event (person_id, purpose, partner_organisation, kind, effective_on, given_by, method, place,
                witness_organisation, recorded_at, recorded_by)
            FROM STDIN""";

    private final HouseholdValidator validator;
    private final HouseholdAreas areas;
    private final Organisations organisations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final Clock clock;

    HouseholdBulkWriter(
            HouseholdValidator validator,
            HouseholdAreas areas,
            Organisations organisations,
            AuditLog audit,
            ApplicationEventPublisher events,
            JdbcTemplate jdbc,
            DataSource dataSource,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.validator = validator;
        this.areas = areas;
        this.organisations = organisations;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Validates and writes the households in one transaction, audited under {@code actor} (also their
     * {@code created_by}); all or nothing. Answers the new households' ids in the order given.
     *
     * @throws IllegalArgumentException naming the first invalid household by position, field and rule
     */
    public List<UUID> write(List<BulkHousehold> households, String actor) {
        return write(prepare(households, actor));
    }

    /**
     * Does all the work of {@link #write(List, String)} that needs no transaction: validation, ids,
     * reference numbers, name keys and the rows themselves. A caller can prepare the next batch while the
     * previous one is written. Reference numbers are taken from the sequence here; a batch never written
     * leaves a gap, as a failed registration does.
     */
    public Prepared prepare(List<BulkHousehold> households, String actor) {
        List<HouseholdData> validated = validate(households);
        Instant now = clock.instant();
        List<Long> numbers = households.isEmpty()
                ? List.of()
                : jdbc.queryForList(
                        "SELECT nextval('household_reference_seq') FROM generate_series(1, ?)",
                        Long.class,
                        households.size());
        Map<String, Long> organisationIds = new HashMap<>();
        Rows rows = new Rows(now, actor);
        for (int i = 0; i < households.size(); i++) {
            BulkHousehold household = households.get(i);
            long organisation = organisationIds.computeIfAbsent(household.organisation(), this::organisationId);
            rows.add(validated.get(i), household.consents(), organisation, numbers.get(i));
        }
        rows.seal();
        return new Prepared(rows);
    }

    /**
     * A batch of households validated already, all registered by one organisation: for {@link
     * HouseholdImportService}, which decides per household before anything is written.
     */
    Prepared prepareValidated(List<HouseholdData> households, long organisation, String actor) {
        Instant now = clock.instant();
        List<Long> numbers = households.isEmpty()
                ? List.of()
                : jdbc.queryForList(
                        "SELECT nextval('household_reference_seq') FROM generate_series(1, ?)",
                        Long.class,
                        households.size());
        Rows rows = new Rows(now, actor);
        for (int i = 0; i < households.size(); i++) {
            rows.add(households.get(i), List.of(), organisation, numbers.get(i));
        }
        rows.seal();
        return new Prepared(rows);
    }

    /** Writes a prepared batch in one transaction; answers the households' ids. A batch is written once. */
    public List<UUID> write(Prepared prepared) {
        Rows rows = prepared.take();
        if (rows.ids.isEmpty()) {
            return List.of();
        }
        return runAs(
                rows.actor,
                () -> transactions.execute(status -> {
                    rows.households.copyInto(dataSource, COPY_HOUSEHOLD);
                    rows.persons.copyInto(dataSource, COPY_PERSON);
                    rows.documents.copyInto(dataSource, COPY_DOCUMENT);
                    rows.consents.copyInto(dataSource, COPY_CONSENT);
                    audit.appendAll(rows.audit);
                    rows.registered.forEach(events::publishEvent);
                    return List.copyOf(rows.ids);
                }));
    }

    /** A batch ready to write; what it holds is for the writer only. */
    public static final class Prepared {

        private Rows rows;

        private Prepared(Rows rows) {
            this.rows = rows;
        }

        /** Households in the batch. */
        public synchronized int size() {
            return rows == null ? 0 : rows.ids.size();
        }

        private synchronized Rows take() {
            if (rows == null) {
                throw new IllegalStateException("this batch was written already");
            }
            Rows taken = rows;
            rows = null;
            return taken;
        }
    }

    private List<HouseholdData> validate(List<BulkHousehold> households) {
        List<HouseholdData> validated = new ArrayList<>(households.size());
        for (int i = 0; i < households.size(); i++) {
            try {
                validated.add(validator.validate(households.get(i).draft(), Set.of()));
            } catch (ValidationException e) {
                String problems = e.errors().stream()
                        .map(error -> error.field() + " " + error.code())
                        .collect(Collectors.joining(", "));
                throw new IllegalArgumentException("bulk household " + i + " is invalid: " + problems, e);
            }
        }
        return validated;
    }

    private long organisationId(String code) {
        return organisations
                .findByCode(code)
                .orElseThrow(() -> new IllegalStateException("unknown organisation '" + code + "'"))
                .id();
    }

    /** Audit entries take their actor from the security context: the bulk actor stands in for a user. */
    private static <T> T runAs(String actor, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The COPY rows, audit records and events of one batch. */
    private final class Rows {

        final CopyText households = new CopyText();
        final CopyText persons = new CopyText();
        final CopyText documents = new CopyText();
        final CopyText consents = new CopyText();
        final List<AuditRecord> audit = new ArrayList<>();
        final List<HouseholdRegistered> registered = new ArrayList<>();
        final List<UUID> ids = new ArrayList<>();
        /** Keys by name part: the same given and family names recur throughout a batch. */
        private final Map<String, Set<String>> keysByName = new HashMap<>();

        private final Instant now;
        private final String actor;

        Rows(Instant now, String actor) {
            this.now = now;
            this.actor = actor;
        }

        /** The rows as bytes, encoded on the preparing thread; the name-key cache is let go with the text. */
        void seal() {
            households.seal();
            persons.seal();
            documents.seal();
            consents.seal();
            keysByName.clear();
        }

        void add(HouseholdData data, List<BulkHousehold.MemberConsent> given, long organisation, long number) {
            UUID id = Ids.next();
            String reference = "HH-%s-%06d".formatted(data.currentCountry(), number);
            households
                    .add(id)
                    .add(reference)
                    .add(organisation)
                    .add(data.status().name())
                    .add(data.originPcode())
                    .add(areas.origin(data))
                    .add(data.currentCountry())
                    .add(data.currentLocality())
                    .add(data.currentPcode())
                    .add(data.currentSite())
                    .add(areas.current(data))
                    .add(data.dateDisplaced())
                    .add(data.phone())
                    .add(data.notes())
                    .add(data.childHeaded())
                    .add(data.members().size())
                    .add(0)
                    .add(now)
                    .add(actor)
                    .add(now)
                    .add(actor)
                    .endRow();
            ids.add(id);
            audit.add(AuditRecord.created(HOUSEHOLD, id.toString()));
            List<UUID> memberIds = new ArrayList<>();
            for (int position = 0; position < data.members().size(); position++) {
                memberIds.add(person(id, position, data.members().get(position)));
            }
            for (BulkHousehold.MemberConsent consent : given) {
                consent(memberIds.get(consent.member()), consent.consent());
            }
            registered.add(new HouseholdRegistered(
                    id,
                    reference,
                    data.status(),
                    data.originPcode(),
                    data.members().size()));
        }

        private UUID person(UUID household, int position, PersonData person) {
            UUID id = Ids.next();
            PersonData.Names names = person.names();
            persons.add(id)
                    .add(household)
                    .add(position)
                    .add(person.relationship().name())
                    .add(person.sex().code())
                    .add(person.dateOfBirth())
                    .add(person.birthYear())
                    .add(person.birthPrecision().name())
                    .add(names.givenAr())
                    .add(names.fatherAr())
                    .add(names.grandfatherAr())
                    .add(names.familyAr())
                    .add(names.givenLatin())
                    .add(names.fatherLatin())
                    .add(names.grandfatherLatin())
                    .add(names.familyLatin())
                    .add(person.nationality())
                    .add(person.specificNeeds().stream().map(Enum::name).toList())
                    .add(nameKeys(names.all()))
                    .endRow();
            for (int order = 0; order < person.documents().size(); order++) {
                PersonData.Document document = person.documents().get(order);
                documents
                        .add(Ids.next())
                        .add(id)
                        .add(order)
                        .add(document.type().name())
                        .add(document.number())
                        .add(document.issuingCountry())
                        .endRow();
            }
            return id;
        }

        /** As {@link NameKeys#keysOf} makes them, each distinct name part keyed once per batch. */
        private List<String> nameKeys(List<String> names) {
            Set<String> keys = new java.util.LinkedHashSet<>();
            for (String name : names) {
                keys.addAll(keysByName.computeIfAbsent(name, NameKeys::keys));
            }
            return List.copyOf(keys);
        }

        /** As {@code ConsentService.give} records it; the generator only makes well-formed consents. */
        private void consent(UUID person, Consents.ConsentGiven given) {
            ConsentPurpose purpose = ConsentPurpose.valueOf(given.purpose());
            String partner = given.partnerOrganisation() == null
                    ? null
                    : given.partnerOrganisation().toUpperCase(Locale.ROOT);
            consents.add(person)
                    .add(purpose.name())
                    .add(partner)
                    .add("GIVEN")
                    .add(given.date())
                    .add(given.givenBy())
                    .add(given.method())
                    .add(given.place())
                    .add(given.witnessOrganisation())
                    .add(now)
                    .add(actor)
                    .endRow();
            audit.add(AuditRecord.created("consent", person.toString()).withDetail("purpose", purpose.name()));
        }
    }
}
