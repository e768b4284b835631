package org.homeward.returns.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.homeward.geography.Area;
import org.homeward.geography.CrossingPoint;
import org.homeward.registry.DisplacementStatus;
import org.homeward.registry.HouseholdFacts;
import org.homeward.registry.Relationship;
import org.homeward.registry.Sex;
import org.homeward.returns.CounsellingTopic;
import org.homeward.returns.Transport;

/** Valid cases in one line, at any step of the way, for tests of the domain alone. Today is 2025-06-30. */
final class CaseFixtures {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    static final Step STEP = new Step("caseworker-1", "SARC", Instant.parse("2025-06-30T09:00:00Z"), TODAY);

    static final Area SARMADA = new Area(
            "syria-2015",
            "C4121",
            Area.COMMUNITY,
            "Sarmada",
            "سرمدا",
            false,
            "SY070301",
            "SY07",
            "SY0703",
            "SY070301",
            36.18,
            36.72);
    static final Area IDLEB = new Area(
            "syria-2015", "SY07", Area.GOVERNORATE, "Idleb", "إدلب", false, null, "SY07", null, null, 35.9, 36.6);
    static final CrossingPoint BAB_AL_HAWA = new CrossingPoint(
            "XP-TUR-BHW", "Bab al-Hawa", "باب الهوى", CrossingPoint.Kind.LAND, "SY07", "TUR", "Cilvegozu", 36.2, 36.6);
    static final CrossingPoint MASNAA = new CrossingPoint(
            "XP-LBN-JDY",
            "Jdeidet Yabous",
            "جديدة يابوس",
            CrossingPoint.Kind.LAND,
            "SY03",
            "LBN",
            "Masnaa",
            33.6,
            36.0);
    static final CrossingPoint DAMASCUS_AIRPORT = new CrossingPoint(
            "XP-AIR-DAM",
            "Damascus International Airport",
            null,
            CrossingPoint.Kind.AIR,
            "SY03",
            null,
            null,
            33.4,
            36.5);
    static final CrossingPolicy POLICY = new CrossingPolicy(Set.of("TUR", "LBN", "JOR", "IRQ"));

    static final UUID HEAD = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID SPOUSE = UUID.fromString("00000000-0000-0000-0000-000000000002");
    static final UUID CHILD = UUID.fromString("00000000-0000-0000-0000-000000000003");

    private CaseFixtures() {}

    static HouseholdFacts family(DisplacementStatus status) {
        return new HouseholdFacts(
                UUID.fromString("00000000-0000-0000-0000-0000000000aa"),
                "HH-TUR-000001",
                7,
                status,
                "C4121",
                List.of("SY07", "SY0703", "SY070301", "C4121"),
                status == DisplacementStatus.REFUGEE ? "TUR" : "SYR",
                status == DisplacementStatus.REFUGEE ? null : "C1001",
                status == DisplacementStatus.IDP ? "SYR-S-RUK" : null,
                List.of(),
                0,
                List.of(
                        new HouseholdFacts.Member(HEAD, Relationship.HEAD, Sex.MALE, 1984),
                        new HouseholdFacts.Member(SPOUSE, Relationship.SPOUSE, Sex.FEMALE, 1988),
                        new HouseholdFacts.Member(CHILD, Relationship.CHILD, Sex.FEMALE, 2015)));
    }

    static ReturnCase opened() {
        return opened(DisplacementStatus.REFUGEE);
    }

    static ReturnCase opened(DisplacementStatus status) {
        return CaseOpening.open(
                UUID.randomUUID(),
                "RC-000001",
                family(status),
                List.of("SY07"),
                List.of(HEAD, SPOUSE, CHILD),
                SARMADA,
                STEP);
    }

    static ReturnCase counselled(DisplacementStatus status) {
        ReturnCase returnCase = opened(status);
        returnCase.counsel(
                LocalDate.of(2025, 3, 1), Set.of(CounsellingTopic.CONDITIONS, CounsellingTopic.DOCUMENTS), STEP);
        return returnCase;
    }

    static ReturnCase signed(DisplacementStatus status) {
        ReturnCase returnCase = counselled(status);
        returnCase.signDeclaration(LocalDate.of(2025, 3, 2), "Gaziantep", "UNHCR", List.of(HEAD, SPOUSE), STEP);
        return returnCase;
    }

    static ReturnCase cleared(DisplacementStatus status) {
        ReturnCase returnCase = signed(status);
        returnCase.clear(java.util.Optional.empty(), List.of(), STEP);
        return returnCase;
    }

    static ReturnCase scheduled(DisplacementStatus status) {
        ReturnCase returnCase = cleared(status);
        boolean refugee = status == DisplacementStatus.REFUGEE;
        returnCase.schedule(
                new ScheduleInput(
                        LocalDate.of(2025, 4, 1),
                        refugee ? Transport.CONVOY : Transport.SELF_ORGANISED,
                        refugee ? BAB_AL_HAWA : null,
                        null,
                        null,
                        POLICY),
                java.util.Optional.empty(),
                STEP);
        return returnCase;
    }

    static ReturnCase departed(DisplacementStatus status) {
        ReturnCase returnCase = scheduled(status);
        boolean refugee = status == DisplacementStatus.REFUGEE;
        returnCase.depart(
                new CaseMovements.DepartureInput(
                        LocalDate.of(2025, 4, 1),
                        refugee ? "TUR" : "SYR",
                        refugee ? null : "SYR-S-RUK",
                        refugee ? null : "SYR",
                        null),
                List.of(),
                STEP);
        return returnCase;
    }

    static ReturnCase crossed() {
        ReturnCase returnCase = departed(DisplacementStatus.REFUGEE);
        returnCase.cross(LocalDate.of(2025, 4, 1), BAB_AL_HAWA, POLICY, STEP);
        return returnCase;
    }

    static ReturnCase arrived() {
        ReturnCase returnCase = crossed();
        returnCase.arrive(LocalDate.of(2025, 4, 2), SARMADA, List.of(HEAD, SPOUSE, CHILD), STEP);
        return returnCase;
    }
}
