package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.registry.internal.NameKeys;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeysTest {

    @ParameterizedTest
    @CsvSource({
        "Mohammad, محمد",
        "Muhammad, محمد",
        "Mohamed, مُحَمَّد",
        "Ahmad, أحمد",
        "Ahmed, احمد",
        "Fatima, فاطمة",
        "Fatimah, فاطمه",
        "Al-Halabi, الحلبي",
        "El Halabi, الحلبي",
        "Hussein, حسين",
        "Husain, حسين",
        "Khaled, خالد",
        "Khalid, خالد",
        "Abdullah, عبدالله",
        "Abdallah, عبد الله",
        "Youssef, يوسف",
        "Yusuf, يوسف",
        "Omar, عمر",
        "Mahmoud, محمود",
        "Qasim, قاسم",
        "Kassem, قاسم",
        "Shadi, شادي",
        "Chadi, شادي",
    })
    void spellingsInBothScriptsShareOneKey(String latin, String arabic) {
        assertThat(NameKeys.keys(latin)).isEqualTo(NameKeys.keys(arabic));
    }

    @ParameterizedTest
    @CsvSource({"Mohammad, Ahmad", "Hussein, Hamza", "Khaled, Khalil", "سارة, نور"})
    void differentNamesKeepDifferentKeys(String one, String other) {
        assertThat(NameKeys.key(one)).isNotEqualTo(NameKeys.key(other));
    }
}
