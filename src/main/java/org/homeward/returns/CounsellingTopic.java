package org.homeward.returns;

/** What a counselling session covered: an informed decision needs all of these. */
public enum CounsellingTopic {
    /** Conditions in the area of return: safety, access, what has been rebuilt. */
    CONDITIONS,
    /** Civil documentation: what to carry, what can be replaced and where. */
    DOCUMENTS,
    /** Housing, land and property: how to reclaim a home, what to do if it is occupied or destroyed. */
    HOUSING_LAND_PROPERTY,
    /** Services: health care, schools, water, assistance on return. */
    SERVICES
}
