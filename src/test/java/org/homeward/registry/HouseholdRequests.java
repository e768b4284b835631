package org.homeward.registry;

import java.security.SecureRandom;
import java.util.List;
import org.homeward.geography.Area;
import org.homeward.geography.Gazetteer;
import org.homeward.support.HttpApi;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Registration requests for tests, built on {@link RegistryApiIT#REGISTRATION}: valid households whose head
 * carries names no other test uses, so that searches and log scans find only what one test made.
 */
final class HouseholdRequests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final SecureRandom RANDOM = new SecureRandom();
    // Consonants that NameKeys keeps apart, so that two random names rarely share a search key.
    private static final String LATIN = "bdfklmnrstz";
    private static final String ARABIC = "بتجحدرسفقلمن";

    private HouseholdRequests() {}

    /** A Latin-script family name of ten letters that no other test uses. */
    static String uniqueLatinName() {
        StringBuilder name = new StringBuilder("Q");
        for (int i = 0; i < 9; i++) {
            name.append(LATIN.charAt(RANDOM.nextInt(LATIN.length())));
            name.append(i % 2 == 0 ? "a" : "i");
        }
        return name.toString();
    }

    /** An Arabic-script name of eight letters that no other test uses. */
    static String uniqueArabicName() {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            name.append(ARABIC.charAt(RANDOM.nextInt(ARABIC.length())));
        }
        return name.toString();
    }

    /** The contract request (a refugee family of three in Turkey), with origin and head's family names replaced. */
    static ObjectNode refugees(String originPcode, String familyLatin, String familyArabic) {
        ObjectNode request = (ObjectNode) JSON.readTree(RegistryApiIT.REGISTRATION);
        request.put("originPcode", originPcode);
        ObjectNode head = (ObjectNode) request.get("members").get(0);
        head.put("familyNameLatin", familyLatin);
        head.put("familyNameAr", familyArabic);
        return request;
    }

    /** The same family displaced inside Syria, living now in {@code currentPcode}. */
    static ObjectNode idps(String originPcode, String currentPcode, String familyLatin, String familyArabic) {
        ObjectNode request = refugees(originPcode, familyLatin, familyArabic);
        request.put("displacementStatus", "IDP");
        request.put("currentCountry", "SYR");
        request.put("currentPcode", currentPcode);
        return request;
    }

    static String text(JsonNode request) {
        return JSON.writeValueAsString(request);
    }

    /** Registers and answers the stored record; fails loudly (status only, never the body) if refused. */
    static JsonNode register(HttpApi api, JsonNode request) {
        HttpApi.Reply reply = api.post("/api/v1/households", text(request));
        if (reply.status() != 201) {
            throw new AssertionError("registration answered " + reply.status() + " " + problemType(reply));
        }
        return reply.json();
    }

    /** The problem type of an error answer: safe to print, unlike a body that might echo what was sent. */
    static String problemType(HttpApi.Reply reply) {
        try {
            return reply.json().path("type").asString("(no type)");
        } catch (RuntimeException notJson) {
            return "(not JSON)";
        }
    }

    /** A community of the governorate: the last one at each level, away from the P-codes other tests use. */
    static String communityIn(Gazetteer gazetteer, String governorate) {
        String pcode = governorate;
        List<Area> children = gazetteer.children(pcode);
        while (!children.isEmpty()) {
            pcode = children.getLast().pcode();
            children = gazetteer.children(pcode);
        }
        if (gazetteer.get(pcode).level() != Area.COMMUNITY) {
            throw new IllegalStateException("no community below " + governorate);
        }
        return pcode;
    }
}
