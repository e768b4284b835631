package org.homeward.exchange.imports;

import java.util.List;

/** The columns of a return case file: one row per case, with the dates of the steps the case reached. */
final class CaseColumns {

    private CaseColumns() {}

    static final FieldColumns.Field CASE_ID = field(
            "case_id",
            true,
            List.of("case_id", "case id", "case", "return_case_id", "رقم الحالة", "معرف الحالة"),
            List.of("#case+id", "#return+id"));
    static final FieldColumns.Field HOUSEHOLD = field(
            "household",
            true,
            List.of("household_id", "household", "household_ref", "hh_id", "معرف الأسرة", "رقم الأسرة"),
            List.of("#household+id", "#household+code"));
    static final FieldColumns.Field MEMBERS = field(
            "members",
            false,
            List.of("members", "member_ids", "persons", "الأفراد", "أفراد الحالة"),
            List.of("#indiv+id"));
    static final FieldColumns.Field DESTINATION = field(
            "destination",
            true,
            List.of("destination", "destination_pcode", "place of return", "الوجهة", "مكان العودة"),
            List.of(
                    "#adm4+code+destination",
                    "#adm3+code+destination",
                    "#adm2+code+destination",
                    "#adm1+code+destination",
                    "#adm4+name+destination",
                    "#loc+destination"));
    static final FieldColumns.Field STATUS = field(
            "status",
            true,
            List.of("status", "status_reached", "stage", "المرحلة", "حالة العودة"),
            List.of("#status+return", "#status"));
    static final FieldColumns.Field OPENED = date("opened_on", "intention_date", "تاريخ التسجيل", "#date+opened");
    static final FieldColumns.Field COUNSELLED =
            date("counselled_on", "counselling_date", "تاريخ الإرشاد", "#date+counselled");
    static final FieldColumns.Field TOPICS = field(
            "counselling_topics",
            false,
            List.of("counselling_topics", "topics", "مواضيع الإرشاد"),
            List.of("#meta+topics"));
    static final FieldColumns.Field DECLARED =
            date("declared_on", "declaration_date", "تاريخ الإقرار", "#date+declared");
    static final FieldColumns.Field DECLARATION_PLACE = field(
            "declaration_place", false, List.of("declaration_place", "مكان الإقرار"), List.of("#loc+declaration"));
    static final FieldColumns.Field WITNESS = field(
            "witness_organisation",
            false,
            List.of("witness_organisation", "witness", "الجهة الشاهدة"),
            List.of("#org+witness"));
    static final FieldColumns.Field CLEARED = date("cleared_on", "clearance_date", "تاريخ الموافقة", "#date+cleared");
    static final FieldColumns.Field SCHEDULED =
            date("scheduled_on", "scheduling_date", "تاريخ الجدولة", "#date+scheduled");
    static final FieldColumns.Field PLANNED =
            date("planned_date", "planned_departure", "تاريخ المغادرة المخطط", "#date+planned");
    static final FieldColumns.Field TRANSPORT =
            field("transport", false, List.of("transport", "وسيلة النقل"), List.of("#transport"));
    static final FieldColumns.Field DEPARTED =
            date("departed_on", "departure_date", "تاريخ المغادرة", "#date+departed");
    static final FieldColumns.Field FROM_SITE = field(
            "departed_from",
            false,
            List.of("departed_from", "from_site", "camp", "site", "المخيم", "مكان المغادرة"),
            List.of("#loc+code+departure", "#loc+code+site"));
    static final FieldColumns.Field CROSSED = date("crossed_on", "crossing_date", "تاريخ العبور", "#date+crossed");
    static final FieldColumns.Field CROSSING_POINT = field(
            "crossing_point",
            false,
            List.of("crossing_point", "crossing_point_code", "نقطة العبور", "المعبر"),
            List.of("#loc+code+crossing"));
    static final FieldColumns.Field ARRIVED = date("arrived_on", "arrival_date", "تاريخ الوصول", "#date+arrived");

    static final FieldColumns.Field WITHDRAWN_ON =
            date("withdrawn_on", "withdrawal_date", "تاريخ الانسحاب", "#date+withdrawn");
    static final FieldColumns.Field WITHDRAWAL_REASON = field(
            "withdrawal_reason",
            false,
            List.of("withdrawal_reason", "reason for withdrawal", "سبب الانسحاب"),
            List.of("#meta+reason+withdrawal"));
    static final FieldColumns.Field HELD_ON = date("held_on", "hold_date", "تاريخ التعليق", "#date+held");
    static final FieldColumns.Field HOLD_REASON = field(
            "hold_reason",
            false,
            List.of("hold_reason", "reason for hold", "سبب التعليق"),
            List.of("#meta+reason+hold"));

    /**
     * Columns added after files had been imported: an empty one leaves a row's content hash as it was, so that
     * re-importing an older file still finds its rows unchanged.
     */
    static final List<FieldColumns.Field> ADDED_LATER = List.of(WITHDRAWN_ON, WITHDRAWAL_REASON, HELD_ON, HOLD_REASON);

    static final List<FieldColumns.Field> ALL = List.of(
            CASE_ID,
            HOUSEHOLD,
            MEMBERS,
            DESTINATION,
            STATUS,
            OPENED,
            COUNSELLED,
            TOPICS,
            DECLARED,
            DECLARATION_PLACE,
            WITNESS,
            CLEARED,
            SCHEDULED,
            PLANNED,
            TRANSPORT,
            DEPARTED,
            FROM_SITE,
            CROSSED,
            CROSSING_POINT,
            ARRIVED,
            WITHDRAWN_ON,
            WITHDRAWAL_REASON,
            HELD_ON,
            HOLD_REASON);

    private static FieldColumns.Field field(String key, boolean required, List<String> headers, List<String> tags) {
        return new FieldColumns.Field(key, required, headers, tags);
    }

    private static FieldColumns.Field date(String key, String other, String arabic, String tag) {
        return new FieldColumns.Field(key, false, List.of(key, other, arabic), List.of(tag));
    }
}
