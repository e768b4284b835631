package org.homeward.geography.web;

import java.util.List;
import org.homeward.geography.Area;
import org.homeward.geography.Gazetteer;

/** JSON shapes of areas. Built from the public {@link Area} record, never from database rows. */
final class AreaPayloads {

    private AreaPayloads() {}

    /**
     * An area in a list. The governorate's and parent's names are included so that two places with the same
     * name (there are two communities called Ras Al Ain) can be told apart without another request.
     */
    record AreaItem(
            String pcode,
            int level,
            String nameEn,
            String nameAr,
            Boolean nameArDamaged,
            String parentPcode,
            String parentNameEn,
            String parentNameAr,
            String adm1Pcode,
            String adm1NameEn,
            String adm1NameAr,
            String adm2Pcode,
            String adm3Pcode,
            Double latitude,
            Double longitude,
            String edition) {}

    /** A short reference to an area, as in breadcrumbs. */
    record AreaRef(String pcode, int level, String nameEn, String nameAr) {}

    /** One area with its ancestors (governorate first) and how many children it has. */
    record AreaDetail(
            String pcode,
            int level,
            String nameEn,
            String nameAr,
            Boolean nameArDamaged,
            String parentPcode,
            String adm1Pcode,
            String adm2Pcode,
            String adm3Pcode,
            Double latitude,
            Double longitude,
            String edition,
            List<AreaRef> ancestors,
            int childrenCount) {}

    static AreaItem item(Area area, Gazetteer gazetteer) {
        Area parent = area.parentPcode() == null
                ? null
                : gazetteer.find(area.edition(), area.parentPcode()).orElse(null);
        Area adm1 = gazetteer.find(area.edition(), area.adm1Pcode()).orElse(area);
        return new AreaItem(
                area.pcode(),
                area.level(),
                area.nameEn(),
                area.nameAr(),
                damaged(area),
                area.parentPcode(),
                parent == null ? null : parent.nameEn(),
                parent == null ? null : parent.nameAr(),
                area.adm1Pcode(),
                adm1.nameEn(),
                adm1.nameAr(),
                area.adm2Pcode(),
                area.adm3Pcode(),
                area.latitude(),
                area.longitude(),
                area.edition());
    }

    static AreaDetail detail(Area area, Gazetteer gazetteer) {
        List<AreaRef> ancestors = gazetteer.ancestors(area.edition(), area.pcode()).stream()
                .map(AreaPayloads::ref)
                .toList();
        return new AreaDetail(
                area.pcode(),
                area.level(),
                area.nameEn(),
                area.nameAr(),
                damaged(area),
                area.parentPcode(),
                area.adm1Pcode(),
                area.adm2Pcode(),
                area.adm3Pcode(),
                area.latitude(),
                area.longitude(),
                area.edition(),
                ancestors,
                gazetteer.children(area.edition(), area.pcode()).size());
    }

    static AreaRef ref(Area area) {
        return new AreaRef(area.pcode(), area.level(), area.nameEn(), area.nameAr());
    }

    /** Only said when true; absent otherwise (the API leaves out nulls). */
    private static Boolean damaged(Area area) {
        return area.nameArDamaged() ? Boolean.TRUE : null;
    }
}
