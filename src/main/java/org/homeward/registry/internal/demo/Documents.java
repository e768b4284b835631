package org.homeward.registry.internal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.homeward.registry.DocumentType;
import org.homeward.registry.MemberDraft.DocumentDraft;
import org.homeward.registry.Relationship;
import org.homeward.registry.internal.demo.Families.Person;

/**
 * Identity documents as displaced Syrians hold them: national ID cards for many adults, the family booklet
 * with the head, Turkish temporary-protection IDs, UNHCR certificates in Lebanon, Jordan, Iraq and Egypt,
 * residence permits and passports in Europe, birth certificates for children. Every number starts with
 * {@code SYN-}: obviously synthetic, never the format of a real document.
 */
final class Documents {

    /** Countries where UNHCR registers Syrian refugees and issues certificates. */
    private static final Set<String> UNHCR_REGISTRATION = Set.of("LBN", "JOR", "IRQ", "EGY");

    List<DocumentDraft> of(String country, Person person, int age, SplittableRandom random) {
        List<DocumentDraft> documents = new ArrayList<>();
        boolean adult = age >= 18;
        if (adult && random.nextDouble() < 0.65) {
            documents.add(document(DocumentType.NATIONAL_ID, "NID-" + digits(11, random), "SYR"));
        }
        if (person.relationship() == Relationship.HEAD && random.nextDouble() < 0.7) {
            documents.add(document(DocumentType.FAMILY_BOOKLET, "FB-" + digits(8, random), "SYR"));
        }
        if (country.equals("TUR") && random.nextDouble() < 0.9) {
            documents.add(document(DocumentType.TEMPORARY_PROTECTION_ID, "TP-99" + digits(9, random), "TUR"));
        } else if (UNHCR_REGISTRATION.contains(country)
                && person.relationship() == Relationship.HEAD
                && random.nextDouble() < 0.85) {
            String number = country + "-" + digits(2, random) + "C" + digits(5, random);
            documents.add(document(DocumentType.UNHCR_CERTIFICATE, number, country));
        } else if (!country.equals("SYR") && !UNHCR_REGISTRATION.contains(country) && !country.equals("TUR")) {
            if (adult && random.nextDouble() < 0.6) {
                documents.add(document(DocumentType.RESIDENCE_PERMIT, "RP-" + digits(9, random), country));
            }
            if (adult && random.nextDouble() < 0.25) {
                documents.add(document(DocumentType.PASSPORT, "PP-" + digits(9, random), "SYR"));
            }
        }
        if (age < 14 && random.nextDouble() < 0.35) {
            documents.add(document(DocumentType.BIRTH_CERTIFICATE, "BC-" + digits(8, random), country));
        }
        return documents;
    }

    private static DocumentDraft document(DocumentType type, String number, String issuer) {
        return new DocumentDraft(type.name(), "SYN-" + number, issuer);
    }

    private static String digits(int count, SplittableRandom random) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }
}
