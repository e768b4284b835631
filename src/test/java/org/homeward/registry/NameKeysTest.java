package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
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
    @CsvSource({
        "Alhalabi, الحلبي",
        "Al-Halabi, الحلبي",
        "Al Halabi, الحلبي",
        "Halabi, الحلبي",
        "Alhajj, الحاج",
        "Alsheikh, الشيخ",
        "Alobeidi, العبيدي",
        "Alshammari, الشمري",
        "Almasri, المصري",
        "Taha, الطه",
    })
    void theArticleIsDroppedHoweverItIsWritten(String latin, String arabic) {
        assertThat(NameKeys.keys(latin)).isEqualTo(NameKeys.keys(arabic));
    }

    @ParameterizedTest
    @CsvSource({
        "Abdul Rahman, عبد الرحمن",
        "Abdulrahman, عبد الرحمن",
        "Abd al-Rahman, عبد الرحمن",
        "Abdelrahman, عبدالرحمن",
        "Abdurrahman, عبد الرحمن",
        "Abd Alrahman, عبد الرحمن",
        "Abdul Karim, عبد الكريم",
        "Abdel Nasser, عبد الناصر",
        "Abdulhamid, عبد الحميد",
        "Abdullah, عبد الله",
        "Abd Allah, عبدالله",
    })
    void abdCompoundsAreOneKeyInOneWordOrTwo(String latin, String arabic) {
        assertThat(NameKeys.keys(latin)).isEqualTo(NameKeys.keys(arabic)).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"Nureddin, نور الدين", "Nour Eddin, نور الدين", "Nour al-Din, نورالدين", "Salaheddine, صلاح الدين"})
    void dinCompoundsAreTwoKeysHoweverTheyAreJoined(String latin, String arabic) {
        assertThat(NameKeys.keys(latin)).isEqualTo(NameKeys.keys(arabic)).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource({
        "Moaz, معاذ",
        "Muaz, معاذ",
        "Mouaz, معاذ",
        "Munzer, منذر",
        "Osman, عثمان",
        "Othman, عثمان",
        "Uthman, عثمان",
        "Haitham, هيثم",
        "Kawsar, كوثر",
        "Kawthar, كوثر",
        "Riyadh, رياض",
    })
    void lettersWrittenSeveralWaysInLatinShareTheirKey(String latin, String arabic) {
        assertThat(NameKeys.keys(latin)).isEqualTo(NameKeys.keys(arabic));
    }

    @ParameterizedTest
    @CsvSource({"Alaa, آلاء", "Ali, علي", "Elham, إلهام", "Elias, إلياس"})
    void namesThatBeginLikeTheArticleKeepTheirLetters(String latin, String arabic) {
        assertThat(NameKeys.keys(latin)).isEqualTo(NameKeys.keys(arabic)).isNotEqualTo(Set.of());
    }

    @ParameterizedTest
    @CsvSource({"Mohammad, Ahmad", "Hussein, Hamza", "Khaled, Khalil", "سارة, نور"})
    void differentNamesKeepDifferentKeys(String one, String other) {
        assertThat(NameKeys.key(one)).isNotEqualTo(NameKeys.key(other));
    }
}
