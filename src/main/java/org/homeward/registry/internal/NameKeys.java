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
 * transliterations confuse share one symbol (ث/ت → t, ذ/ض/د → d, ص/س/ش → s, ظ/ز → z, ق/ك/خ → k, ج/غ/g → j),
 * doubled letters collapse, and a final h (ta marbuta, "-ah") is dropped. Keys are for search, never shown.
 * A skeleton cannot tell every pair apart (Hussein and Hassan share {@code hsn}): search favours recall, and
 * record linkage scores candidates more finely.
 */
public final class NameKeys {

    private static final Pattern LATIN_ARTICLE = Pattern.compile("^(?:a|e)(?:l|[tdrszn]{1,2})[-'’ ]+");
    private static final Set<String> STANDALONE_ARTICLES = Set.of("al", "el", "ال");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private NameKeys() {}

    /** The keys of every word of a name, in order, without duplicates. */
    public static Set<String> keys(String name) {
        Set<String> keys = new LinkedHashSet<>();
        if (name == null) {
            return keys;
        }
        String pending = "";
        for (String part : name.trim().split("[\\s,;/]+")) {
            String word = pending + part;
            pending = "";
            if (STANDALONE_ARTICLES.contains(word.toLowerCase(Locale.ROOT))) {
                continue; // "El Halabi" is "Halabi"
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
        String text = Normalizer.normalize(word, Normalizer.Form.NFKD);
        text = MARKS.matcher(text).replaceAll("").replace("ـ", "").toLowerCase(Locale.ROOT);
        if (text.startsWith("ال") && text.length() > 4) {
            text = text.substring(2);
        }
        text = LATIN_ARTICLE.matcher(text).replaceFirst("");
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

    private static String latinDigraph(char c, char next) {
        if (next != 'h') {
            return null;
        }
        return switch (c) {
            case 'k' -> "k";
            case 'c' -> "s"; // French "ch" for ش: Chadi
            case 'g' -> "j";
            case 's' -> "s";
            case 't' -> "t";
            case 'd', 'z' -> "d";
            default -> null;
        };
    }

    private static String symbol(char c) {
        return switch (c) {
            case 'b', 'p', 'ب', 'پ' -> "b";
            case 't', 'ت', 'ث', 'ط' -> "t";
            case 'j', 'g', 'ج', 'غ', 'گ' -> "j";
            case 'h', 'ح', 'ه', 'ة' -> "h";
            case 'k', 'q', 'c', 'x', 'خ', 'ق', 'ك', 'ک' -> "k";
            case 'd', 'د', 'ذ', 'ض' -> "d";
            case 'r', 'ر' -> "r";
            case 'z', 'ز', 'ظ' -> "z";
            case 's', 'س', 'ش', 'ص' -> "s";
            case 'f', 'v', 'ف', 'ڤ' -> "f";
            case 'l', 'ل' -> "l";
            case 'm', 'م' -> "m";
            case 'n', 'ن' -> "n";
            default -> "";
        };
    }
}
