package org.homeward.registry;

/** The age groups of every breakdown and of pseudonymised records: 0-4, 5-11, 12-17, 18-59, 60+. */
public enum AgeGroup {
    AGE_0_4("0-4", 0),
    AGE_5_11("5-11", 5),
    AGE_12_17("12-17", 12),
    AGE_18_59("18-59", 18),
    AGE_60_PLUS("60+", 60),
    UNKNOWN("unknown", -1);

    private final String label;
    private final int from;

    AgeGroup(String label, int from) {
        this.label = label;
        this.from = from;
    }

    public String label() {
        return label;
    }

    public static AgeGroup of(Integer age) {
        if (age == null || age < 0) {
            return UNKNOWN;
        }
        AgeGroup group = AGE_0_4;
        for (AgeGroup candidate : values()) {
            if (candidate.from >= 0 && age >= candidate.from) {
                group = candidate;
            }
        }
        return group;
    }
}
