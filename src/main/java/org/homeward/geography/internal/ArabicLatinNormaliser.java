package org.homeward.geography.internal;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Search keys for place names written in Arabic script or in any of the Latin transliterations in use for
 * Syria ({@code Deir-ez-Zor}, {@code Deir ez Zor}, {@code Dayr az Zawr}). The same function is applied to the
 * stored names and to the query, so a rule that is too eager only widens a match, it never hides one.
 *
 * <ul>
 *   <li>{@link #latinKey}: a phonetic-ish key; matched by equality, prefix and contains.
 *   <li>{@link #skeleton}: the latin key without vowels; matched by equality only, because Arabic writes no
 *       short vowels and transliterators disagree about them ({@code Homs}/{@code Hims}, {@code Daraa}/{@code
 *       Deraa}).
 *   <li>{@link #arabicKey}: Arabic without harakat and tatweel, with letter variants unified.
 * </ul>
 *
 * Keys are stored beside the names; {@link #VERSION} must change with any rule so that stored keys are
 * recomputed at start-up.
 */
public final class ArabicLatinNormaliser {

    /** Version of the key rules; stored keys made by another version are recomputed. */
    public static final int VERSION = 1;

    private static final Normalizer2 NFKD = Normalizer2.getNFKDInstance();
    private static final char TATWEEL = '\u0640';

    /** Separate tokens that are the Arabic article, in its assimilated transliterations. */
    private static final Set<String> ARTICLES = Set.of(
            "al", "el", "il", "ul", "ar", "er", "as", "es", "ad", "ed", "ash", "esh", "at", "et", "az", "ez", "an",
            "en", "ath", "eth", "adh", "edh");

    /** Article glued to a word: al/el before a consonant (Elhawa, Alraqqa), or assimilated (Ezzor, Arraqqa). */
    private static final Pattern GLUED_ARTICLE = Pattern.compile("^(?:[ae]l(?=[^aeiouy]..)|[ae](?=([tdrzsn])\\1..))");

    private static final Pattern APOSTROPHES = Pattern.compile("['`\u2018\u2019\u02bc\u02bb\u02be\u02bf\u00b4]");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    /** Ordered rewrites of the joined Latin word; digraphs before vowels, diphthongs before single vowels. */
    private static final String[][] LATIN_REWRITES = {
        {"dh", "d"},
        {"th", "t"},
        {"gh", "g"},
        {"kh", "k"},
        {"sh", "s"},
        {"ch", "s"},
        {"ph", "f"},
        {"q", "k"},
        {"c", "k"},
        {"ou", "u"},
        {"ay", "i"},
        {"ai", "i"},
        {"ey", "i"},
        {"ei", "i"},
        {"aw", "u"},
        {"au", "u"},
        {"ow", "u"},
        {"e", "i"},
        {"y", "i"},
        {"o", "u"},
        {"w", "u"}
    };

    private ArabicLatinNormaliser() {}

    /**
     * Lower case, compatibility-decomposed, without combining marks (Latin accents, Arabic harakat, the hamza
     * and madda carried by أ إ آ ؤ ئ) and without tatweel; Arabic-Indic digits become ASCII digits.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = NFKD.normalize(text);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            int type = UCharacter.getType(cp);
            if (type == UCharacterCategory.NON_SPACING_MARK
                    || type == UCharacterCategory.ENCLOSING_MARK
                    || cp == TATWEEL) {
                return;
            }
            if (type == UCharacterCategory.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + UCharacter.digit(cp, 10)));
                return;
            }
            out.append(latinLeftover(UCharacter.toLowerCase(cp)));
        });
        return out.toString();
    }

    /** Latin letters that NFKD does not split into base letter and mark. */
    private static String latinLeftover(int cp) {
        return switch (cp) {
            case 'ø' -> "o";
            case 'ł' -> "l";
            case 'đ', 'ð' -> "d";
            case 'ı' -> "i";
            case 'ħ' -> "h";
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'þ' -> "th";
            default -> Character.toString(cp);
        };
    }

    /** The phonetic Latin key of a name, or "" when the name has no Latin letters or digits. */
    public static String latinKey(String name) {
        String folded = APOSTROPHES.matcher(fold(name)).replaceAll("");
        List<String> tokens = new ArrayList<>();
        for (String token : NON_ALNUM.split(folded)) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        StringBuilder joined = new StringBuilder();
        for (String token : tokens) {
            if (tokens.size() > 1 && ARTICLES.contains(token)) {
                continue;
            }
            joined.append(GLUED_ARTICLE.matcher(token).replaceFirst(""));
        }
        return phonetic(joined.toString());
    }

    private static String phonetic(String word) {
        String key = word;
        for (String[] rewrite : LATIN_REWRITES) {
            key = key.replace(rewrite[0], rewrite[1]);
        }
        key = collapseRuns(key);
        // Taa marbuta and final vowels: Hama/Hamah, Hasakeh/Hasakah, Daraa/Dar'a all end alike.
        if (key.length() > 2 && key.endsWith("h") && isVowel(key.charAt(key.length() - 2))) {
            key = key.substring(0, key.length() - 1);
        }
        if (key.length() > 3 && (key.endsWith("a") || key.endsWith("i"))) {
            key = key.substring(0, key.length() - 1);
        }
        return key;
    }

    /** The consonants of a latin key (vowels removed, runs collapsed); null when shorter than two letters. */
    public static String skeleton(String latinKey) {
        if (latinKey == null) {
            return null;
        }
        String consonants = collapseRuns(latinKey.replaceAll("[aiu]", ""));
        return consonants.length() < 2 ? null : consonants;
    }

    /**
     * The Arabic key: harakat and tatweel removed, أ إ آ ٱ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي, lone hamza dropped,
     * the article ال dropped from each word, separators removed. Null when the text has no Arabic letters.
     */
    public static String arabicKey(String name) {
        String folded = fold(name);
        StringBuilder key = new StringBuilder(folded.length());
        for (String word : folded.split("[^\\p{IsArabic}0-9]+")) {
            String unified = unifyArabic(word);
            if (unified.startsWith("ال") && unified.length() > 3) {
                unified = unified.substring(2);
            }
            key.append(unified);
        }
        return key.codePoints().anyMatch(ArabicLatinNormaliser::isArabicLetter) ? key.toString() : null;
    }

    private static String unifyArabic(String word) {
        StringBuilder out = new StringBuilder(word.length());
        word.codePoints().forEach(cp -> {
            switch (cp) {
                case 'ٱ', 'أ', 'إ', 'آ' -> out.append('ا');
                case 'ة' -> out.append('ه');
                case 'ى', 'ی', 'ئ' -> out.append('ي');
                case 'ؤ' -> out.append('و');
                case 'ک' -> out.append('ك');
                case 'ء' -> {}
                default -> {
                    if (isArabicLetter(cp) || Character.isDigit(cp)) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    private static boolean isArabicLetter(int cp) {
        return UCharacter.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC;
    }

    /** True when the text contains at least one Latin letter. */
    public static boolean hasLatin(String text) {
        return text != null
                && text.codePoints()
                        .anyMatch(cp -> Character.isLetter(cp)
                                && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'i' || c == 'u';
    }

    private static String collapseRuns(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
