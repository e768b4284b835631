package org.homeward.registry.internal.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.homeward.registry.internal.demo.NameBook.Name;

/**
 * How one household's names are written: in both scripts (most), Arabic only (common for IDPs registered
 * on Arabic forms), or Latin only (common in Europe). A name keeps the Latin spelling it got first in the
 * household most of the time, as papers copied from one another do, but not always.
 */
final class Scripts {

    enum Mode {
        BOTH,
        ARABIC_ONLY,
        LATIN_ONLY
    }

    private final Mode mode;
    private final boolean grandfatherRecorded;
    private final Map<Name, Integer> spellings = new HashMap<>();

    Scripts(Mode mode, boolean grandfatherRecorded) {
        this.mode = mode;
        this.grandfatherRecorded = grandfatherRecorded;
    }

    /** The household's way of writing names, given where it was registered. */
    static Scripts choose(boolean idp, boolean neighbouringCountry, SplittableRandom random) {
        double draw = random.nextDouble();
        Mode mode;
        if (idp) {
            mode = draw < 0.55 ? Mode.BOTH : draw < 0.95 ? Mode.ARABIC_ONLY : Mode.LATIN_ONLY;
        } else if (neighbouringCountry) {
            mode = draw < 0.80 ? Mode.BOTH : draw < 0.90 ? Mode.ARABIC_ONLY : Mode.LATIN_ONLY;
        } else {
            mode = draw < 0.60 ? Mode.BOTH : draw < 0.65 ? Mode.ARABIC_ONLY : Mode.LATIN_ONLY;
        }
        return new Scripts(mode, random.nextDouble() < 0.65);
    }

    Mode mode() {
        return mode;
    }

    boolean grandfatherRecorded() {
        return grandfatherRecorded;
    }

    /** For one member of a bilingual household: are both scripts there, or was one left out? */
    Mode memberMode(SplittableRandom random) {
        if (mode != Mode.BOTH) {
            return mode;
        }
        double draw = random.nextDouble();
        return draw < 0.05 ? Mode.ARABIC_ONLY : draw < 0.07 ? Mode.LATIN_ONLY : Mode.BOTH;
    }

    String latin(Name name, SplittableRandom random) {
        Integer earlier = spellings.get(name);
        if (earlier != null && random.nextDouble() < 0.85) {
            return name.latin().get(earlier);
        }
        int spelling = NameBook.spelling(name, random);
        spellings.putIfAbsent(name, spelling);
        return name.latin().get(spelling);
    }
}
