package org.homeward.statistics.internal;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.homeward.identity.CurrentActor;
import org.homeward.statistics.FigureReconciliation;
import org.homeward.statistics.FigureSearch;
import org.homeward.statistics.Finding;
import org.homeward.statistics.Finding.FigureRef;
import org.homeward.statistics.RegistryFigures;
import org.homeward.statistics.ReportedFigure;
import org.homeward.statistics.internal.Discrepancy.Stated;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconciles the whole ledger on each request (it holds hundreds of figures) and puts the findings into words.
 * What the records count comes from the {@link RegistryFigures} bean once the returns module provides one.
 */
@Service
class ReconciliationService implements FigureReconciliation {

    private final FigureStore store;
    private final ObjectProvider<RegistryFigures> registry;
    private final StatisticsProperties properties;
    private final MessageSource messages;
    private final CurrentActor currentActor;

    ReconciliationService(
            FigureStore store,
            ObjectProvider<RegistryFigures> registry,
            StatisticsProperties properties,
            MessageSource messages,
            CurrentActor currentActor) {
        this.store = store;
        this.registry = registry;
        this.properties = properties;
        this.messages = messages;
        this.currentActor = currentActor;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Finding> findings(FigureSearch search, Locale locale) {
        currentActor.require();
        Reconciler reconciler =
                new Reconciler(properties.aboutTolerance(), registry.getIfAvailable(RegistryFigures::none));
        return reconciler.reconcile(store.live()).stream()
                .filter(found -> found.figures().stream().anyMatch(figure -> matches(figure, search)))
                .map(found -> finding(found, locale))
                .toList();
    }

    private static boolean matches(ReportedFigure figure, FigureSearch search) {
        return (search.indicator() == null || figure.indicator().code().equals(search.indicator()))
                && (search.area() == null || figure.area().equals(search.area()))
                && (search.from() == null || !figure.periodEnd().isBefore(search.from()))
                && (search.to() == null || !figure.periodStart().isAfter(search.to()));
    }

    private Finding finding(Discrepancy found, Locale locale) {
        Object[] arguments =
                found.messageArguments().stream().map(a -> text(a, locale)).toArray();
        return new Finding(
                found.kind(),
                found.severity(),
                found.indicator(),
                found.area(),
                found.periodStart(),
                found.periodEnd(),
                found.figures().stream().map(FigureRef::of).toList(),
                found.arithmetic(),
                messages.getMessage(found.messageKey(), arguments, locale));
    }

    private String text(Object argument, Locale locale) {
        return switch (argument) {
            case Long count -> count(count, locale);
            case Stated stated ->
                messages.getMessage(
                        "statistics.stated." + stated.qualifier().name(),
                        new Object[] {count(stated.value(), locale)},
                        locale);
            default -> String.valueOf(argument);
        };
    }

    /** Counts with the reader's grouping but Western digits, as the rest of the interface writes them. */
    static String count(long value, Locale locale) {
        Locale digits = new Locale.Builder()
                .setLocale(locale)
                .setUnicodeLocaleKeyword("nu", "latn")
                .build();
        return NumberFormat.getIntegerInstance(digits).format(value);
    }
}
