package org.homeward.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Windows1256Test {

    static final Charset CP1256 = Charset.forName("windows-1256");

    @Test
    void arabicTextInTheCodePageIsRecognised() {
        assertThat(Windows1256.isArabicText("الاسم,المحافظة\nمحمد,حلب\nفاطمة,دمشق\n".getBytes(CP1256)))
                .isTrue();
        assertThat(Windows1256.isArabicText("id,name,adm1\n1,سمير الخطيب,SY02\n2,هدى منصور,SY07\n".getBytes(CP1256)))
                .isTrue();
    }

    @Test
    void westernTextIsNotMistakenForArabic() {
        assertThat(Windows1256.isArabicText(
                        "Panamá,Vacunación,Chocó,Formación de enseñadores\n".getBytes(StandardCharsets.ISO_8859_1)))
                .isFalse();
        assertThat(Windows1256.isArabicText(
                        "Müller,Größe,Straße,Übung,Ärger,Öl\n".getBytes(StandardCharsets.ISO_8859_1)))
                .isFalse();
        assertThat(Windows1256.isArabicText(
                        "Réfugié,Genève,Élodie,Orléans,Besançon\n".getBytes(StandardCharsets.ISO_8859_1)))
                .isFalse();
    }

    @Test
    void tooLittleArabicIsNotEnoughEvidence() {
        assertThat(Windows1256.isArabicText("name\nعلي\n".getBytes(CP1256))).isFalse();
    }

    @Test
    void utf8ArabicReadAsTheCodePageIsNotArabic() {
        // Mojibake such as "ظ…ط­ظ…ط¯" mixes Arabic letters with punctuation and symbols.
        assertThat(Windows1256.isArabicText("محمد الأحمد,حلب,دمشق,حمص".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
    }
}
