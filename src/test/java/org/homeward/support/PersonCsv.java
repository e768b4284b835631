package org.homeward.support;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a synthetic person-per-row households file as partners send them: one row per person, the household's
 * external id on every row, household columns repeated, names in Arabic and Latin script, dates of birth
 * consistent with the relationship, refugees abroad and IDPs inside Syria. Every row is valid for the registry.
 * Deterministic for a seed. All names are invented combinations of common names; no real person's data.
 */
public final class PersonCsv {

    public static final String HEADER = "household_id,displacement_status,origin_pcode,current_country,relationship,"
            + "sex,date_of_birth,given_name_ar,family_name_ar,given_name_latin,family_name_latin,nationality,"
            + "document_type,document_number";

    private static final String[][] MALE = {
        {"أحمد", "Ahmad"}, {"محمد", "Mohammad"}, {"عمر", "Omar"}, {"خالد", "Khaled"}, {"يوسف", "Yousef"},
        {"علي", "Ali"}, {"حسن", "Hassan"}, {"إبراهيم", "Ibrahim"}, {"سامر", "Samer"}, {"كريم", "Karim"}
    };
    private static final String[][] FEMALE = {
        {"فاطمة", "Fatima"}, {"مريم", "Maryam"}, {"لينا", "Lina"}, {"هبة", "Hiba"}, {"رنا", "Rana"},
        {"سارة", "Sara"}, {"نور", "Nour"}, {"آمنة", "Amina"}, {"ريم", "Reem"}, {"منى", "Mona"}
    };
    private static final String[][] FAMILY = {
        {"الحداد", "Haddad"}, {"الخطيب", "Khatib"}, {"السالم", "Salem"}, {"العلي", "Ali"}, {"النجار", "Najjar"},
        {"الأحمد", "Ahmad"}, {"الحسن", "Hassan"}, {"الشامي", "Shami"}, {"الحلبي", "Halabi"}, {"المصري", "Masri"}
    };
    private static final String[] ORIGINS = {
        "SY01", "SY02", "SY03", "SY04", "SY05", "SY06", "SY07", "SY08", "SY09", "SY10", "SY11", "SY12", "SY13", "SY14",
        "C4121"
    };
    private static final String[] ASYLUM = {"TUR", "LBN", "JOR", "IRQ", "EGY"};

    private PersonCsv() {}

    public record Written(long households, long persons) {}

    /** Writes at least {@code persons} rows (whole households), ids prefixed with {@code prefix}. */
    public static Written write(Path file, long persons, String prefix, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long households = 0;
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            StringBuilder line = new StringBuilder(256);
            while (written < persons) {
                households++;
                written += household(out, line, random, prefix + households);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(households, written);
    }

    private static int household(BufferedWriter out, StringBuilder line, SplittableRandom random, String id)
            throws IOException {
        boolean refugee = random.nextInt(100) < 45;
        String status = refugee ? "REFUGEE" : "IDP";
        String country = refugee ? ASYLUM[random.nextInt(ASYLUM.length)] : "SYR";
        String origin = ORIGINS[random.nextInt(ORIGINS.length)];
        String[] family = FAMILY[random.nextInt(FAMILY.length)];
        int children = random.nextInt(6);
        boolean spouse = random.nextInt(100) < 80;
        int headYear = 1950 + random.nextInt(50);
        boolean headFemale = !spouse && random.nextBoolean();
        int members = 0;
        members += person(out, line, random, id, status, origin, country, "HEAD", headFemale, headYear, family);
        if (spouse) {
            members += person(out, line, random, id, status, origin, country, "SPOUSE", true, headYear + 2, family);
        }
        for (int i = 0; i < children; i++) {
            int year = Math.min(2024, headYear + 20 + random.nextInt(20));
            members +=
                    person(out, line, random, id, status, origin, country, "CHILD", random.nextBoolean(), year, family);
        }
        return members;
    }

    private static int person(
            BufferedWriter out,
            StringBuilder line,
            SplittableRandom random,
            String id,
            String status,
            String origin,
            String country,
            String relationship,
            boolean female,
            int year,
            String[] family)
            throws IOException {
        String[] given = (female ? FEMALE : MALE)[random.nextInt(10)];
        line.setLength(0);
        line.append(id)
                .append(',')
                .append(status)
                .append(',')
                .append(origin)
                .append(',')
                .append(country);
        line.append(',')
                .append(relationship)
                .append(',')
                .append(female ? 'f' : 'm')
                .append(',');
        line.append(year)
                .append('-')
                .append(two(1 + random.nextInt(12)))
                .append('-')
                .append(two(1 + random.nextInt(28)));
        line.append(',')
                .append(given[0])
                .append(',')
                .append(family[0])
                .append(',')
                .append(given[1])
                .append(',');
        line.append(family[1]).append(",SYR,");
        if (year < 2006) {
            line.append("NATIONAL_ID,").append(10_000_000 + random.nextInt(89_999_999));
        } else {
            line.append(',');
        }
        line.append('\n');
        out.append(line);
        return 1;
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
