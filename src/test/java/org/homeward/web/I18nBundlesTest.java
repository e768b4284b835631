package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message bundle under {@code src/main/resources/i18n} speaks English, Arabic and Russian completely: the
 * same keys, no blank value, Arabic in Arabic script and Russian in Cyrillic, the same placeholders; and every
 * {@code #{key}} a template uses exists. Files are read as UTF-8, as Spring Boot reads them.
 */
class I18nBundlesTest {

    static final Path BUNDLES = Path.of("src/main/resources/i18n");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path APPLICATION_YML = Path.of("src/main/resources/application.yml");
    static final List<String> TRANSLATIONS = List.of("ar", "ru");

    /**
     * Messages that rightly stay in Latin script in a translation (brand names), per language. Values without
     * any letter ("{0} – {1}") need no entry. Keep this list short: each entry is a message nobody translates.
     */
    static final Map<String, Set<String>> SAME_SCRIPT_ALLOWED = Map.of("ar", Set.of(), "ru", Set.of("web.brand"));

    static final Map<String, UnicodeScript> SCRIPT = Map.of("ar", UnicodeScript.ARABIC, "ru", UnicodeScript.CYRILLIC);
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    static final Pattern TEMPLATE_MESSAGE = Pattern.compile("#\\{([^}(]+)");
    static final Pattern KEY_LINE = Pattern.compile("^\\s*([^#!\\s=:][^=:\\s]*)\\s*[=:]");

    static Stream<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            List<String> names = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".properties"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .filter(name -> !name.matches(".*_[a-z]{2,3}"))
                    .sorted()
                    .toList();
            assertThat(names).as("bundles in %s", BUNDLES).contains("web");
            return names.stream();
        }
    }

    static Properties load(String bundle, String language) {
        Path file = BUNDLES.resolve(bundle + (language.isEmpty() ? "" : "_" + language) + ".properties");
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyTranslationHasExactlyTheEnglishKeys(String bundle) {
        Set<String> english = load(bundle, "").stringPropertyNames();
        assertThat(english).as("%s.properties has messages", bundle).isNotEmpty();
        for (String language : TRANSLATIONS) {
            Set<String> translated = load(bundle, language).stringPropertyNames();
            assertThat(without(english, translated))
                    .as("keys of %s.properties missing from %s_%s.properties", bundle, bundle, language)
                    .isEmpty();
            assertThat(without(translated, english))
                    .as("keys of %s_%s.properties that %s.properties does not have", bundle, language, bundle)
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noMessageIsBlank(String bundle) {
        for (String language : List.of("", "ar", "ru")) {
            Properties messages = load(bundle, language);
            List<String> blank = messages.stringPropertyNames().stream()
                    .filter(key -> messages.getProperty(key).isBlank())
                    .sorted()
                    .toList();
            assertThat(blank).as("blank messages in %s %s", bundle, language).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void translationsAreWrittenInTheirOwnScript(String bundle) {
        for (String language : TRANSLATIONS) {
            Properties messages = load(bundle, language);
            List<String> untranslated = messages.stringPropertyNames().stream()
                    .filter(key -> !SAME_SCRIPT_ALLOWED.get(language).contains(key))
                    .filter(key -> hasLetters(messages.getProperty(key)))
                    .filter(key -> !inScript(messages.getProperty(key), SCRIPT.get(language)))
                    .sorted()
                    .toList();
            assertThat(untranslated)
                    .as("messages in %s_%s.properties with no %s letter", bundle, language, SCRIPT.get(language))
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void translationsKeepTheEnglishPlaceholders(String bundle) {
        Properties english = load(bundle, "");
        for (String language : TRANSLATIONS) {
            Properties translated = load(bundle, language);
            for (String key : english.stringPropertyNames()) {
                if (translated.containsKey(key)) {
                    assertThat(placeholders(translated.getProperty(key)))
                            .as("placeholders of %s in %s_%s", key, bundle, language)
                            .isEqualTo(placeholders(english.getProperty(key)));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noKeyIsDefinedTwiceInAFile(String bundle) throws IOException {
        for (String language : List.of("", "ar", "ru")) {
            Path file = BUNDLES.resolve(bundle + (language.isEmpty() ? "" : "_" + language) + ".properties");
            if (!Files.exists(file)) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            List<String> duplicates = new ArrayList<>();
            boolean continued = false;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Matcher key = KEY_LINE.matcher(line);
                if (!continued && key.find() && !seen.add(key.group(1))) {
                    duplicates.add(key.group(1));
                }
                continued = line.endsWith("\\");
            }
            assertThat(duplicates).as("keys defined twice in %s", file).isEmpty();
        }
    }

    @Test
    void everyMessageATemplateUsesExistsInEnglish() throws IOException {
        Set<String> known = new HashSet<>();
        bundles().forEach(bundle -> known.addAll(load(bundle, "").stringPropertyNames()));
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path template :
                    files.filter(file -> file.toString().endsWith(".html")).toList()) {
                Matcher message = TEMPLATE_MESSAGE.matcher(Files.readString(template, StandardCharsets.UTF_8));
                while (message.find()) {
                    String key = message.group(1).trim();
                    // A key computed at run time (#{${...}}) cannot be checked here.
                    if (!key.contains("$") && !key.contains("*")) {
                        used.add(key);
                    }
                }
            }
        }
        assertThat(used).as("message keys used in templates").isNotEmpty();
        assertThat(used)
                .as("message keys used in templates but missing from the bundles")
                .isSubsetOf(known);
    }

    @Test
    void everyBundleIsConfiguredAsAMessageSource() throws IOException {
        String configuration = Files.readString(APPLICATION_YML, StandardCharsets.UTF_8);
        Matcher basename = Pattern.compile("(?m)^\\s*basename:\\s*(.+)$").matcher(configuration);
        assertThat(basename.find())
                .as("spring.messages.basename in %s", APPLICATION_YML)
                .isTrue();
        Set<String> configured = Set.of(basename.group(1).trim().split("\\s*,\\s*"));
        bundles()
                .forEach(bundle -> assertThat(configured)
                        .as("spring.messages.basename lists every bundle")
                        .contains("i18n/" + bundle));
    }

    static Set<String> without(Set<String> keys, Set<String> removed) {
        Set<String> rest = new TreeSet<>(keys);
        rest.removeAll(removed);
        return rest;
    }

    static boolean hasLetters(String value) {
        return PLACEHOLDER.matcher(value).replaceAll("").codePoints().anyMatch(Character::isLetter);
    }

    static boolean inScript(String value, UnicodeScript script) {
        return value.codePoints().anyMatch(c -> Character.isLetter(c) && UnicodeScript.of(c) == script);
    }

    static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
