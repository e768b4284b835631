package org.homeward.returns.internal;

import org.homeward.geography.Area;

/** Where a case is bound, with the areas above it, for hold checks and breakdowns without a lookup. */
record Destination(String pcode, String adm1, String adm2, String adm3) {

    static Destination of(Area area) {
        return new Destination(area.pcode(), area.adm1Pcode(), area.adm2Pcode(), area.adm3Pcode());
    }
}
