package org.homeward.registry.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.homeward.audit.AuditLog;
import org.homeward.audit.AuditRecord;
import org.homeward.identity.Actor;
import org.homeward.identity.CurrentActor;
import org.homeward.identity.Organisations;
import org.homeward.registry.HouseholdExports;
import org.homeward.registry.HouseholdRecord;
import org.homeward.registry.HouseholdSearch;
import org.homeward.registry.PseudonymisedHousehold;
import org.homeward.registry.internal.RegistryAccess.Visibility;
import org.homeward.shared.InvalidParameterException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams households in id order, {@value #BATCH} at a time (three queries a batch, as for a list page), so that
 * memory holds one batch whatever the registry's size. Each batch reads committed data as it then is: a household
 * changed during a long export appears as it was when its batch was read.
 */
@Service
@Transactional(readOnly = true)
class HouseholdExportService implements HouseholdExports {

    static final int BATCH = 500;
    private static final String HOUSEHOLD = "household";

    private final HouseholdSearches searches;
    private final HouseholdStore store;
    private final HouseholdViews views;
    private final CurrentActor currentActor;
    private final Organisations organisations;
    private final AuditLog audit;
    private final TransactionTemplate ownTransaction;

    HouseholdExportService(
            HouseholdSearches searches,
            HouseholdStore store,
            HouseholdViews views,
            CurrentActor currentActor,
            Organisations organisations,
            AuditLog audit,
            PlatformTransactionManager transactions) {
        this.searches = searches;
        this.store = store;
        this.views = views;
        this.currentActor = currentActor;
        this.organisations = organisations;
        this.audit = audit;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public long pseudonymised(HouseholdSearch filter, Consumer<PseudonymisedHousehold> sink) {
        Actor actor = currentActor.require();
        Map<String, Object> params = new LinkedHashMap<>();
        String where = searches.where(withoutNames(filter), actor, params);
        return stream(where, params, household -> {
            if (RegistryAccess.visibility(actor, household) == Visibility.NONE) {
                return false;
            }
            sink.accept(views.pseudonymised(household));
            return true;
        });
    }

    @Override
    public boolean mayExportPersonalData() {
        return RegistryAccess.mayExportPersonalData(currentActor.require().role());
    }

    @Override
    public long full(HouseholdSearch filter, String purpose, String format, Consumer<HouseholdRecord> sink) {
        Actor actor = currentActor.require();
        if (!RegistryAccess.mayExportPersonalData(actor.role())) {
            throw new AccessDeniedException("Your role exports households pseudonymised only");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>(List.of(searches.where(withoutNames(filter), actor, params)));
        conditions.addAll(RegistryAccess.readableInFull(actor).conditions("readable", params));
        AuditRecord export = AuditRecord.exported(HOUSEHOLD, purpose).withDetail("format", format);
        for (Map.Entry<String, String> criterion : criteria(filter).entrySet()) {
            export = export.withDetail(criterion.getKey(), criterion.getValue());
        }
        AuditRecord entry = export;
        ownTransaction.executeWithoutResult(status -> audit.append(entry));
        return stream(String.join(" AND ", conditions), params, household -> {
            // the SQL chose these rows by the same rule; checking again costs nothing and guards against drift
            if (RegistryAccess.visibility(actor, household) != Visibility.FULL) {
                return false;
            }
            sink.accept(views.full(household, this::organisationCode));
            return true;
        });
    }

    private long stream(String where, Map<String, Object> params, HouseholdSink sink) {
        long count = 0;
        UUID after = null;
        while (true) {
            List<UUID> ids = searches.batch(where, params, after, BATCH);
            if (ids.isEmpty()) {
                return count;
            }
            for (StoredHousehold household : store.findAll(ids).values()) {
                if (sink.accept(household)) {
                    count++;
                }
            }
            after = ids.getLast();
        }
    }

    private static HouseholdSearch withoutNames(HouseholdSearch filter) {
        if (filter.q() != null && !filter.q().isBlank()) {
            throw new InvalidParameterException("q", "(withheld)", "no name search in exports");
        }
        return filter;
    }

    /** The filters, which are codes, for the audit entry: what left the system, not only why. */
    private static Map<String, String> criteria(HouseholdSearch filter) {
        Map<String, String> criteria = new LinkedHashMap<>();
        if (filter.status() != null) {
            criteria.put("status", filter.status());
        }
        if (filter.origin() != null) {
            criteria.put("origin", filter.origin());
        }
        if (filter.country() != null) {
            criteria.put("country", filter.country());
        }
        if (filter.site() != null) {
            criteria.put("site", filter.site());
        }
        return criteria;
    }

    private String organisationCode(long organisationId) {
        return organisations.findById(organisationId).map(o -> o.code()).orElse(null);
    }

    @FunctionalInterface
    private interface HouseholdSink {
        /** Hands a household on if the actor may have it; true when it did. */
        boolean accept(StoredHousehold household);
    }
}
