package org.homeward.statistics.internal;

import org.homeward.statistics.Qualifier;

/**
 * The set of values a qualified figure allows, as an interval of the real line: "exactly v" is [v, v], "more
 * than v" is (v, ∞), "less than v" is [0, v), "about v" is [v(1-t), v(1+t)] for a tolerance t. Sums and
 * overlaps of these intervals decide whether figures contradict each other (see docs/reconciliation.md).
 * Doubles are exact for counts up to 2^53, far above any count of people.
 */
record Interval(double low, boolean lowOpen, double high, boolean highOpen) {

    static final double UNBOUNDED = Double.POSITIVE_INFINITY;

    /** Everything the qualifier allows. */
    static Interval allowed(Qualifier qualifier, long value, double tolerance) {
        return switch (qualifier) {
            case EXACT -> new Interval(value, false, value, false);
            case MORE_THAN -> new Interval(value, true, UNBOUNDED, true);
            case LESS_THAN -> new Interval(0, false, value, true);
            case ABOUT -> about(value, tolerance);
        };
    }

    /**
     * The number as written: the value itself, except that "about" keeps its tolerance. Two figures whose
     * allowed intervals overlap but whose written ones do not agree only thanks to "more than" or "less than".
     */
    static Interval written(Qualifier qualifier, long value, double tolerance) {
        return qualifier == Qualifier.ABOUT ? about(value, tolerance) : new Interval(value, false, value, false);
    }

    static Interval exactly(long value) {
        return new Interval(value, false, value, false);
    }

    private static Interval about(long value, double tolerance) {
        return new Interval(value * (1 - tolerance), false, value * (1 + tolerance), false);
    }

    /** The values a sum of one value from each interval can take. */
    Interval plus(Interval other) {
        return new Interval(low + other.low, lowOpen || other.lowOpen, high + other.high, highOpen || other.highOpen);
    }

    boolean intersects(Interval other) {
        double from = Math.max(low, other.low);
        boolean fromOpen = (low == from && lowOpen) || (other.low == from && other.lowOpen);
        double to = Math.min(high, other.high);
        boolean toOpen = (high == to && highOpen) || (other.high == to && other.highOpen);
        return from < to || (from == to && !fromOpen && !toOpen);
    }

    /** True when every value of this interval is smaller than every value of the other. */
    boolean below(Interval other) {
        return high < other.low || (high == other.low && (highOpen || other.lowOpen));
    }

    @Override
    public String toString() {
        return (lowOpen ? "(" : "[") + number(low) + ", " + number(high) + (highOpen ? ")" : "]");
    }

    private static String number(double value) {
        return Double.isInfinite(value) ? "∞" : value == Math.rint(value) ? Long.toString((long) value) : "" + value;
    }
}
