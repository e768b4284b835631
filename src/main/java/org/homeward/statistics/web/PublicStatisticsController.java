package org.homeward.statistics.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.shared.InvalidParameterException;
import org.homeward.statistics.DisclosureControl;
import org.homeward.statistics.PublicReturns;
import org.homeward.statistics.PublicStatistics;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public figures, no sign-in: returns by governorate after disclosure control. A count is a JSON number, or
 * when suppressed the string "&lt;5" (a count of 1 to 4) or "x" (a larger count withheld to protect one); the
 * answer's {@code legend} says so.
 */
@RestController
class PublicStatisticsController {

    private final PublicStatistics statistics;

    PublicStatisticsController(PublicStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/v1/public/statistics/returns")
    Map<String, Object> returns(
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidParameterException("to", to, "a day on or after 'from' (" + from + ")");
        }
        PublicReturns returns = statistics.returnsByGovernorate(from, to);
        List<Map<String, Object>> rows = returns.rows().stream()
                .map(row -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("adm1", row.adm1());
                    json.put("nameEn", row.nameEn());
                    json.put("nameAr", row.nameAr());
                    json.put("refugees", row.refugees().display());
                    json.put("idps", row.idps().display());
                    json.put("returns", row.returns().display());
                    return json;
                })
                .toList();
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("refugees", returns.refugees().display());
        totals.put("idps", returns.idps().display());
        totals.put("returns", returns.total().display());
        Map<String, Object> answer = new LinkedHashMap<>();
        if (from != null) {
            answer.put("from", from);
        }
        if (to != null) {
            answer.put("to", to);
        }
        answer.put("rows", rows);
        answer.put("totals", totals);
        answer.put("total", returns.total().display());
        answer.put("suppressed", returns.suppressed());
        answer.put("rule", returns.rule());
        answer.put("legend", DisclosureControl.LEGEND);
        return answer;
    }
}
