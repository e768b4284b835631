package org.homeward.geography.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives governorates, districts and sub-districts a representative point, which the source tables lack. The
 * point is the area's seat, the community the gazetteer marks with {@code capital_level} 1 (governorate), 2
 * (district) or 3 (sub-district); an area without a marked seat gets the mean of its communities' points.
 * (capital_level 0 marks one community whose meaning is unclear, so it is not used as a seat.)
 */
final class SeatPoints {

    private SeatPoints() {}

    static List<AreaRow> place(List<AreaRow> areas) {
        Map<String, AreaRow> seats = new HashMap<>();
        Map<String, double[]> sums = new HashMap<>();
        for (AreaRow community : areas) {
            if (community.level() != 4 || community.latitude() == null || community.longitude() == null) {
                continue;
            }
            for (String ancestor : new String[] {community.adm1Pcode(), community.adm2Pcode(), community.adm3Pcode()}) {
                double[] sum = sums.computeIfAbsent(ancestor, key -> new double[3]);
                sum[0] += community.latitude();
                sum[1] += community.longitude();
                sum[2]++;
            }
            Integer seatOf = community.capitalLevel();
            if (seatOf != null && seatOf >= 1 && seatOf <= 3) {
                // A governorate's seat is also the seat of its district and sub-district.
                for (int level = seatOf; level <= 3; level++) {
                    String area = level == 1
                            ? community.adm1Pcode()
                            : level == 2 ? community.adm2Pcode() : community.adm3Pcode();
                    seats.merge(
                            area,
                            community,
                            (old, candidate) -> candidate.capitalLevel() < old.capitalLevel() ? candidate : old);
                }
            }
        }
        List<AreaRow> placed = new ArrayList<>(areas.size());
        for (AreaRow area : areas) {
            placed.add(area.latitude() != null || area.level() == 4 ? area : pointed(area, seats, sums));
        }
        return placed;
    }

    private static AreaRow pointed(AreaRow area, Map<String, AreaRow> seats, Map<String, double[]> sums) {
        AreaRow seat = seats.get(area.pcode());
        if (seat != null) {
            return area.withPoint(seat.latitude(), seat.longitude());
        }
        double[] sum = sums.get(area.pcode());
        if (sum == null) {
            return area;
        }
        return area.withPoint(round(sum[0] / sum[2]), round(sum[1] / sum[2]));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
