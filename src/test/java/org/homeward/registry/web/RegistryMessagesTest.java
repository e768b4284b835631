package org.homeward.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.homeward.registry.ConsentPurpose;
import org.homeward.registry.DisplacementStatus;
import org.homeward.registry.DocumentType;
import org.homeward.registry.Relationship;
import org.homeward.registry.SpecificNeed;
import org.junit.jupiter.api.Test;

/**
 * The registry pages' messages cover what the registry can say: every problem code its validation reports,
 * every constant the pages label, and UNHCR's own English and Arabic labels of the specific needs unchanged.
 * (I18nBundlesTest checks that the three languages have the same keys.)
 */
class RegistryMessagesTest {

    static final Path REGISTRY_SOURCES = Path.of("src/main/java/org/homeward/registry");
    static final Pattern PROBLEM_CODE =
            Pattern.compile("(?:errors\\.add|new FieldError)\\(\\s*[^;]*?,\\s*\"([a-z][a-z-]+)\"", Pattern.DOTALL);

    final Properties english = load("");
    final Properties arabic = load("_ar");

    @Test
    void everyProblemCodeTheRegistryReportsHasAMessage() throws IOException {
        Set<String> codes = new TreeSet<>(List.of("required", "invalid", "not-a-date", "not-a-number"));
        try (Stream<Path> files = Files.walk(REGISTRY_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher code = PROBLEM_CODE.matcher(Files.readString(file));
                while (code.find()) {
                    codes.add(code.group(1));
                }
            }
        }
        assertThat(codes).as("problem codes found in the registry's sources").contains("wrong-script", "minor-head");
        assertThat(codes.stream().filter(code -> !english.containsKey("registry.error." + code)))
                .as("problem codes without a registry.error.<code> message")
                .isEmpty();
    }

    @Test
    void specificNeedsKeepUnhcrsEnglishAndArabicLabels() {
        for (SpecificNeed need : SpecificNeed.values()) {
            assertThat(english.getProperty("registry.need." + need.name())).isEqualTo(need.labelEn());
            assertThat(arabic.getProperty("registry.need." + need.name())).isEqualTo(need.labelAr());
        }
    }

    @Test
    void everyConstantThePagesShowHasALabel() {
        List<String> keys = Stream.of(
                        Stream.of(DisplacementStatus.values()).map(s -> "registry.status." + s),
                        Stream.of(Relationship.values()).map(r -> "registry.relationship." + r),
                        Stream.of(DocumentType.values()).map(t -> "registry.documentType." + t),
                        Stream.of(ConsentPurpose.values()).map(p -> "registry.consent.purpose." + p),
                        FormOptions.sexCodes().stream().map(code -> "registry.sex." + code),
                        FormOptions.CONSENT_GIVERS.stream().map(g -> "registry.consent.givenBy." + g),
                        FormOptions.CONSENT_METHODS.stream().map(m -> "registry.consent.method." + m),
                        Stream.of("0-4", "5-11", "12-17", "18-59", "60+", "unknown")
                                .map(a -> "registry.ageGroup." + a))
                .flatMap(s -> s)
                .toList();

        assertThat(keys.stream().filter(key -> !english.containsKey(key))).isEmpty();
    }

    static Properties load(String suffix) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Path.of("src/main/resources/i18n/registry" + suffix + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }
}
