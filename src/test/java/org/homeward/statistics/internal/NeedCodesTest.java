package org.homeward.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.registry.SpecificNeed;
import org.junit.jupiter.api.Test;

/**
 * The needs bitmask of return_movement (V54) knows every need the registry records: a need missing from
 * return_need_codes() would silently not be counted.
 */
class NeedCodesTest {

    @Test
    void theMovementsNeedCodesAreTheRegistrysInTheirOrder() throws IOException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V54__return_movement_needs.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher array = Pattern.compile("RETURN ARRAY\\[([^]]*)]").matcher(sql);
        assertThat(array.find()).isTrue();
        List<String> codes = Arrays.stream(array.group(1).split(","))
                .map(code -> code.strip().replace("'", ""))
                .toList();

        assertThat(codes)
                .containsExactlyElementsOf(
                        Arrays.stream(SpecificNeed.values()).map(Enum::name).toList());
    }
}
