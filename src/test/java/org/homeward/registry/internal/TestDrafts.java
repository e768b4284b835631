package org.homeward.registry.internal;

import java.util.List;
import org.homeward.registry.HouseholdDraft;
import org.homeward.registry.MemberDraft;

/** Household drafts for tests that write through the bulk path: origin Aleppo (SY02), refugees in Gaziantep. */
final class TestDrafts {

    private TestDrafts() {}

    /** IDPs live in Aleppo governorate; any other status lives in Gaziantep, Türkiye. */
    static HouseholdDraft fromAleppo(String status, List<MemberDraft> members) {
        boolean idp = status.equals("IDP");
        return new HouseholdDraft(
                status,
                "SY02",
                idp ? "SYR" : "TUR",
                idp ? null : "Gaziantep",
                idp ? "SY02" : null,
                null,
                null,
                null,
                null,
                false,
                members);
    }
}
