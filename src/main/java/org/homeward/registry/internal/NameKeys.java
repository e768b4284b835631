package org.homeward.registry.internal;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Search keys for personal names written in Arabic or Latin script, so that one query finds a name however
 * it was spelt: "Mohammad", "Muhammad", "Mohamed" and "محمد" share the key {@code mhmd}, and "Al-Halabi",
 * "El Halabi" and "الحلبي" share {@code hlb}.
 *
 * <p>The key is a consonant skeleton over a small alphabet that both scripts map onto: vowels, and the
 * letters Latin spellings drop or write as vowels (ʿayn, hamza, alif, waw, ya), are left out; letters that
 * transliterations confuse share one symbol (ت/ط → t; ث, written th, s or t, goes with ص/س/ش and Latin th → s;
 * ذ, written z more often than dh or d, goes with ظ/ز → z; ض/د and Latin dh → d; ق/ك/خ → k; ج/غ/g → j), doubled letters
 * collapse, and a final h (ta marbuta, "-ah") is dropped. The article is dropped however it is written: "Al-",
 * "El ", joined ("Alhalabi", "الحلبي") or inside a compound with Abd ("Abdul Rahman", "Abdurrahman",
 * "عبد الرحمن" are one key), and "ad-Din" compounds are two words however they are joined ("Nureddin",
 * "نور الدين"). Keys are for search, never shown. A skeleton cannot tell every pair apart (Hussein and Hassan
 * share {@code hsn}): search favours recall, and record linkage scores candidates more finely.
 *
 * <p>Keys are stored ({@code person.name_keys}): when this rule changes, {@link #VERSION} goes up and
 * {@code NameKeyRefresh} recomputes the stored keys at start-up.
 */
public final class NameKeys {

    /** The version of the rule below; stored keys made by an older one are recomputed at start-up. */
    public static final int VERSION = 2;

    private static final Pattern LATIN_ARTICLE = Pattern.compile("^(?:a|e)(?:l|[tdrszn]{1,2})[-'’ ]+");
    /** "Alhalabi", "Alobeidi": the article joined without a separator, before a name of two consonants or more. */
    private static final Pattern JOINED_LATIN_ARTICLE = Pattern.compile("^(?:al|el)");
    /** Names that begin like a joined article but are not one (إلهام is "lhm", not "hm"). */
    private static final Set<String> NOT_AN_ARTICLE = Set.of("elham", "alham", "elhan", "alhan");
    /** The article inside "Abd al-X": "Abdul", "Abdel", "Abd al-", "Abd-ar-", or assimilated "Abdurr..." . */
    private static final Pattern ABD_ARTICLE =
            Pattern.compile("^abd[-'’ ]*(?:[aeiou]?l[-'’ ]*|[aeiou](?=([rstdzn])\\1)|[aeiou]([rstdzn])[-'’ ]+(?=\\2))");
    /** "Nureddin", "Nour al-Din", "Salahuddine": a name, the article and Din, written as one word. */
    private static final Pattern LATIN_DIN =
            Pattern.compile("(?i)^(\\p{L}{2,}?)[-'’ ]*(?:[aeu][dl]|ud)[-'’ ]*dd?ine?$");

    private static final Set<String> STANDALONE_ARTICLES = Set.of("al", "el", "ال");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Compiled once: String.split compiles its pattern at every call, and every name part of every member is split. */
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s,;/]+");

    private NameKeys() {}

    /** The keys of every word of a name, in order, without duplicates. */
    public static Set<String> keys(String name) {
        Set<String> keys = new LinkedHashSet<>();
        if (name == null) {
            return keys;
        }
        String pending = "";
        for (String part : WORD_SEPARATORS.split(name.trim())) {
            String word = pending + part;
            pending = "";
            if (STANDALONE_ARTICLES.contains(word.toLowerCase(Locale.ROOT))) {
                continue; // "El Halabi" is "Halabi"
            }
            String din = word.endsWith("الدين") || endsWithDin(word) ? dinCompound(word) : null;
            if (din != null) {
                keys.add(key(din)); // "Nureddin" is "Nur" and "Din", as "نور الدين" is
                keys.add(key("din"));
                continue;
            }
            String key = key(word);
            if (key.equals("bd")) {
                pending = word; // "Abd" and "عبد" join the next word: "عبد الله" is "عبدالله"
            } else if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        if (!pending.isEmpty()) {
            keys.add(key(pending));
        }
        return keys;
    }

    /** The keys of several names together (all name parts of a person), without duplicates. */
    public static Set<String> keysOf(java.util.Collection<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        names.forEach(name -> keys.addAll(keys(name)));
        return keys;
    }

    /** The key of one word (or one compound name such as "عبدالله" / "Abdullah"). */
    public static String key(String word) {
        // Before decomposition: إلهام (Elham), إلياس (Elias) and آلاء (Alaa) begin with إ, آ, not the article's ا.
        boolean ascii = word.chars().allMatch(c -> c < 0x80);
        boolean arabicArticle = !ascii
                && Normalizer.normalize(word.strip(), Normalizer.Form.NFC).startsWith("ال");
        String text = word.toLowerCase(Locale.ROOT);
        if (!ascii) { // a plain Latin name, the common case, needs none of this
            text = Normalizer.normalize(text, Normalizer.Form.NFKD);
            text = MARKS.matcher(text).replaceAll("").replace("ـ", "").toLowerCase(Locale.ROOT);
        }
        if (arabicArticle && text.length() > 3) {
            text = text.substring(2);
        }
        if (text.startsWith("عبدال") && text.length() > 5) {
            text = "عبد" + text.substring(5); // "عبدالرحمن" is Abd + Rahman: the article is dropped
        }
        // "abd'": the apostrophe keeps "Abdul-hamid" from reading as "Ab-dh-amid"
        if (text.startsWith("abd")) {
            text = ABD_ARTICLE.matcher(text).replaceFirst("abd'");
        }
        if (text.startsWith("a") || text.startsWith("e")) {
            text = LATIN_ARTICLE.matcher(text).replaceFirst("");
        }
        if (JOINED_LATIN_ARTICLE.matcher(text).find()
                && !NOT_AN_ARTICLE.contains(text)
                && consonants(text.substring(2)) >= 2) {
            text = text.substring(2);
        }
        return skeleton(text);
    }

    private static String skeleton(String text) {
        StringBuilder skeleton = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            String symbol = latinDigraph(c, next);
            if (symbol != null) {
                i++;
            } else {
                symbol = symbol(c);
            }
            if (!symbol.isEmpty()
                    && (skeleton.isEmpty() || skeleton.charAt(skeleton.length() - 1) != symbol.charAt(0))) {
                skeleton.append(symbol);
            }
        }
        if (skeleton.length() > 1 && skeleton.charAt(skeleton.length() - 1) == 'h') {
            skeleton.setLength(skeleton.length() - 1);
        }
        return skeleton.toString();
    }

    /** The name before "ad-Din" when the word is such a compound ("Nureddin" → "Nur"), else null. */
    private static String dinCompound(String word) {
        if (word.endsWith("الدين") && word.length() > 5) {
            return word.substring(0, word.length() - 5);
        }
        var matcher = LATIN_DIN.matcher(word);
        return matcher.matches() ? matcher.group(1) : null;
    }

    private static boolean endsWithDin(String word) {
        int length = word.length();
        return length > 5
                && (word.regionMatches(true, length - 3, "din", 0, 3)
                        || word.regionMatches(true, length - 4, "dine", 0, 4));
    }

    private static int consonants(String latin) {
        int count = 0;
        char last = 0;
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if ("bcdfghjklmnpqrstvxz".indexOf(c) >= 0 && c != last) {
                count++;
            }
            last = c;
        }
        return count;
    }

    private static String latinDigraph(char c, char next) {
        if (next != 'h') {
            return null;
        }
        return switch (c) {
            case 'k' -> "k";
            case 'c' -> "s"; // French "ch" for ش: Chadi
            case 'g' -> "j";
            case 's' -> "s";
            case 't' -> "s"; // th is ث (Othman, عثمان; Haitham); ت is written t
            case 'd', 'z' -> "d"; // dh is mostly ض (Riyadh, Ramadhan), else ذ or ظ (Mundhir, Dhaher)
            default -> null;
        };
    }

    private static String symbol(char c) {
        return switch (c) {
            case 'b', 'p', 'ب', 'پ' -> "b";
            case 't', 'ت', 'ط' -> "t";
            case 'j', 'g', 'ج', 'غ', 'گ' -> "j";
            case 'h', 'ح', 'ه', 'ة' -> "h";
            case 'k', 'q', 'c', 'x', 'خ', 'ق', 'ك', 'ک' -> "k";
            case 'd', 'د', 'ض' -> "d";
            case 'r', 'ر' -> "r";
            case 'z', 'ز', 'ظ', 'ذ' -> "z";
            case 's', 'س', 'ش', 'ص', 'ث' -> "s";
            case 'f', 'v', 'ف', 'ڤ' -> "f";
            case 'l', 'ل' -> "l";
            case 'm', 'م' -> "m";
            case 'n', 'ن' -> "n";
            default -> "";
        };
    }
}
