package org.homeward.geography.internal;

/** One row of a gazetteer file as stored: names, hierarchy, point and search keys. */
record AreaRow(
        String pcode,
        int level,
        String nameEn,
        String nameAr,
        boolean nameArDamaged,
        String refNameEn,
        String parentPcode,
        String adm1Pcode,
        String adm2Pcode,
        String adm3Pcode,
        Double latitude,
        Double longitude,
        Integer capitalLevel,
        Integer areaSqkm) {

    AreaRow withPoint(Double lat, Double lon) {
        return new AreaRow(
                pcode,
                level,
                nameEn,
                nameAr,
                nameArDamaged,
                refNameEn,
                parentPcode,
                adm1Pcode,
                adm2Pcode,
                adm3Pcode,
                lat,
                lon,
                capitalLevel,
                areaSqkm);
    }

    String latinKey() {
        return ArabicLatinNormaliser.latinKey(nameEn);
    }

    String skeleton() {
        return ArabicLatinNormaliser.skeleton(latinKey());
    }

    String arabicKey() {
        return ArabicLatinNormaliser.arabicKey(nameAr);
    }
}
