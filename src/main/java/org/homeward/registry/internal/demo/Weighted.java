package org.homeward.registry.internal.demo;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** A choice among items in proportion to their weights. */
final class Weighted<T> {

    private final List<T> items;
    private final double[] cumulative;

    Weighted(List<T> items, ToDoubleFunction<T> weight) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[items.size()];
        double sum = 0;
        for (int i = 0; i < items.size(); i++) {
            double w = weight.applyAsDouble(items.get(i));
            if (!(w >= 0)) {
                throw new IllegalArgumentException("weights must not be negative");
            }
            sum += w;
            cumulative[i] = sum;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("weights sum to zero");
        }
    }

    T pick(SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > target) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return items.get(low);
    }

    List<T> items() {
        return items;
    }

    /** The share of the total weight that {@code item} carries. */
    double share(T item) {
        int index = items.indexOf(item);
        double before = index == 0 ? 0 : cumulative[index - 1];
        return (cumulative[index] - before) / cumulative[cumulative.length - 1];
    }
}
