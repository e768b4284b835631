package org.homeward.registry;

import java.util.List;
import org.homeward.shared.Page;

/**
 * One page of the household list: {@code {"items": [...], "total": N, ...}} like every paged answer, with
 * {@code total} counted only up to {@link #COUNT_LIMIT}: a search matching thousands is refined, not paged through,
 * and counting them all cost more than finding the page. When {@code totalIsLowerBound} is true there are at
 * least {@code total} matches (read "more than 1,000").
 */
public record HouseholdPage(List<HouseholdView> items, long total, boolean totalIsLowerBound, int page, int size) {

    /** The largest total counted exactly. */
    public static final int COUNT_LIMIT = 1_000;

    public Page<HouseholdView> toPage() {
        return new Page<>(items, total, page, size);
    }
}
