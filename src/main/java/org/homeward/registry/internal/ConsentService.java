package org.homeward.registry.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.homeward.audit.AuditLog;
import org.homeward.audit.AuditRecord;
import org.homeward.identity.Actor;
import org.homeward.identity.CurrentActor;
import org.homeward.registry.ConsentPurpose;
import org.homeward.registry.ConsentWithdrawalRecorded;
import org.homeward.registry.Consents;
import org.homeward.registry.internal.RegistryAccess.Visibility;
import org.homeward.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ConsentService implements Consents {

    private static final Set<String> GIVERS = Set.of("SELF", "GUARDIAN");
    private static final Set<String> METHODS = Set.of("WRITTEN", "VERBAL", "DIGITAL", "THUMBPRINT");

    private final JdbcClient jdbc;
    private final HouseholdStore households;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsentService(
            JdbcClient jdbc,
            HouseholdStore households,
            CurrentActor currentActor,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.households = households;
        this.currentActor = currentActor;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean holds(UUID personId, ConsentPurpose purpose, String partner, LocalDate day) {
        // Partner codes are stored upper-case, as organisation codes are; a caller's spelling must not matter.
        return jdbc.sql("""
                        SELECT kind FROM consent_event
                        WHERE person_id = :person AND purpose = :purpose
                          AND partner_organisation IS NOT DISTINCT FROM :partner AND effective_on <= :day
                        ORDER BY effective_on DESC, id DESC LIMIT 1
                        """)
                .param("person", personId)
                .param("purpose", purpose.name())
                .param("partner", partner == null ? null : partner.strip().toUpperCase(java.util.Locale.ROOT))
                .param("day", Date.valueOf(day))
                .query(String.class)
                .optional()
                .map("GIVEN"::equals)
                .orElse(false);
    }

    @Override
    public ConsentEvent give(UUID householdId, UUID personId, ConsentGiven consent) {
        Actor actor = changeableMember(householdId, personId);
        Errors errors = new Errors();
        ConsentPurpose purpose = errors.enumValue("purpose", consent.purpose(), ConsentPurpose.class);
        String partner = partner(purpose, consent.partnerOrganisation(), errors);
        String givenBy = oneOf("givenBy", consent.givenBy(), GIVERS, errors);
        String method = oneOf("method", consent.method(), METHODS, errors);
        LocalDate date = date(consent.date(), errors);
        String place = errors.text("place", consent.place(), TextRules.LOCALITY_MAX);
        String witness = errors.text("witnessOrganisation", consent.witnessOrganisation(), TextRules.LOCALITY_MAX);
        errors.throwIfAny();
        long id = insert(personId, purpose, partner, "GIVEN", date, givenBy, method, place, witness, actor);
        audit.append(AuditRecord.created("consent", personId.toString()).withDetail("purpose", purpose.name()));
        return new ConsentEvent(id, personId, purpose, partner, "GIVEN", date, givenBy, method, place, witness);
    }

    @Override
    public ConsentEvent withdraw(UUID householdId, UUID personId, ConsentWithdrawn withdrawal) {
        Actor actor = changeableMember(householdId, personId);
        Errors errors = new Errors();
        ConsentPurpose purpose = errors.enumValue("purpose", withdrawal.purpose(), ConsentPurpose.class);
        String partner = partner(purpose, withdrawal.partnerOrganisation(), errors);
        LocalDate date = date(withdrawal.date(), errors);
        errors.throwIfAny();
        long id = insert(personId, purpose, partner, "WITHDRAWN", date, null, null, null, null, actor);
        audit.append(AuditRecord.updated("consent", personId.toString(), List.of("withdrawn"))
                .withDetail("purpose", purpose.name()));
        events.publishEvent(new ConsentWithdrawalRecorded(householdId, personId, purpose, partner, date));
        return new ConsentEvent(id, personId, purpose, partner, "WITHDRAWN", date, null, null, null, null);
    }

    @Override
    @Transactional
    public List<ConsentEvent> history(UUID householdId, UUID personId) {
        Actor actor = currentActor.require();
        StoredHousehold household = visibleHousehold(householdId, actor);
        if (RegistryAccess.visibility(actor, household) != Visibility.FULL) {
            throw new AccessDeniedException("Consent records are personal data outside your access");
        }
        requireMember(household, personId);
        audit.append(AuditRecord.read("consent", personId.toString()));
        return jdbc.sql("""
                        SELECT id, person_id, purpose, partner_organisation, kind, effective_on, given_by, method, place,
                               witness_organisation
                        FROM consent_event WHERE person_id = :person ORDER BY effective_on, id
                        """)
                .param("person", personId)
                .query((rs, row) -> new ConsentEvent(
                        rs.getLong("id"),
                        rs.getObject("person_id", UUID.class),
                        ConsentPurpose.valueOf(rs.getString("purpose")),
                        rs.getString("partner_organisation"),
                        rs.getString("kind"),
                        rs.getDate("effective_on").toLocalDate(),
                        rs.getString("given_by"),
                        rs.getString("method"),
                        rs.getString("place"),
                        rs.getString("witness_organisation")))
                .list();
    }

    private Actor changeableMember(UUID householdId, UUID personId) {
        Actor actor = currentActor.require();
        StoredHousehold household = visibleHousehold(householdId, actor);
        if (!RegistryAccess.mayChange(actor, household)) {
            throw new AccessDeniedException("You may not record consent for this household");
        }
        requireMember(household, personId);
        return actor;
    }

    /**
     * The household, if the actor may know it exists. Checked before anything else, membership included, so that a
     * hidden household answers exactly like an id nobody issued.
     */
    private StoredHousehold visibleHousehold(UUID householdId, Actor actor) {
        return households
                .find(householdId)
                .filter(found -> !found.deleted())
                .filter(found -> RegistryAccess.visibility(actor, found) != Visibility.NONE)
                .orElseThrow(() -> new NotFoundException("household", householdId.toString()));
    }

    private static void requireMember(StoredHousehold household, UUID personId) {
        boolean member =
                household.members().stream().anyMatch(person -> person.id().equals(personId));
        if (!member) {
            throw new NotFoundException("member", personId.toString());
        }
    }

    private static String partner(ConsentPurpose purpose, String partner, Errors errors) {
        String code = TextRules.blankToNull(partner);
        if (purpose == ConsentPurpose.SHARING && code == null) {
            errors.add("partnerOrganisation", "required", "sharing consent names the partner organisation");
        }
        if (purpose != null && purpose != ConsentPurpose.SHARING && code != null) {
            errors.add("partnerOrganisation", "not-applicable", "only sharing consent names a partner organisation");
        }
        if (code != null && !code.matches("[A-Za-z0-9_-]{1,40}")) {
            errors.add("partnerOrganisation", "invalid", "an organisation code");
        }
        return code == null ? null : code.toUpperCase(java.util.Locale.ROOT);
    }

    private static String oneOf(String field, String value, Set<String> allowed, Errors errors) {
        String code = TextRules.blankToNull(value);
        if (code == null || !allowed.contains(code)) {
            errors.add(field, code == null ? "required" : "invalid", "one of " + String.join(", ", allowed));
        }
        return code;
    }

    private LocalDate date(LocalDate date, Errors errors) {
        if (date == null) {
            errors.add("date", "required", "the date consent was given or withdrawn");
        } else if (date.isAfter(LocalDate.now(clock))) {
            errors.add("date", "future-date", "may not be in the future");
        }
        return date;
    }

    private long insert(
            UUID personId,
            ConsentPurpose purpose,
            String partner,
            String kind,
            LocalDate date,
            String givenBy,
            String method,
            String place,
            String witness,
            Actor actor) {
        return jdbc.sql("""
                        INSERT INTO consent_event (person_id, purpose, partner_organisation, kind, effective_on, given_by,
                            method, place, witness_organisation, recorded_at, recorded_by)
                        VALUES (:person, :purpose, :partner, :kind, :date, :givenBy, :method, :place, :witness, :now, :actor)
                        RETURNING id
                        """)
                .param("person", personId)
                .param("purpose", purpose.name())
                .param("partner", partner)
                .param("kind", kind)
                .param("date", Date.valueOf(date))
                .param("givenBy", givenBy)
                .param("method", method)
                .param("place", place)
                .param("witness", witness)
                .param("now", Timestamp.from(clock.instant()))
                .param("actor", actor.username())
                .query(Long.class)
                .single();
    }
}
