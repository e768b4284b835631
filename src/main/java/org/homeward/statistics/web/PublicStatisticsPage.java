package org.homeward.statistics.web;

import java.util.List;
import java.util.Locale;
import org.homeward.statistics.PublicReturns;
import org.homeward.statistics.PublicStatistics;
import org.homeward.statistics.PublicTable.Cell;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Returns by governorate for anyone, without signing in, after disclosure control. */
@Controller
class PublicStatisticsPage {

    private final PublicStatistics statistics;

    PublicStatisticsPage(PublicStatistics statistics) {
        this.statistics = statistics;
    }

    record Line(String pcode, String name, String otherName, String refugees, String idps, String returns) {}

    @GetMapping("/public/statistics")
    String returns(Locale locale, Model model) {
        PublicReturns returns = statistics.returnsByGovernorate(null, null);
        boolean arabic = "ar".equals(locale.getLanguage());
        List<Line> lines = returns.rows().stream()
                .map(row -> new Line(
                        row.adm1(),
                        arabic && row.nameAr() != null ? row.nameAr() : row.nameEn(),
                        arabic ? row.nameEn() : row.nameAr(),
                        text(row.refugees(), locale),
                        text(row.idps(), locale),
                        text(row.returns(), locale)))
                .toList();
        model.addAttribute("lines", lines);
        model.addAttribute(
                "totals",
                new Line(
                        null,
                        null,
                        null,
                        text(returns.refugees(), locale),
                        text(returns.idps(), locale),
                        text(returns.total(), locale)));
        model.addAttribute("empty", Long.valueOf(0).equals(returns.total().value()));
        model.addAttribute("suppressed", returns.suppressed());
        return "statistics/public";
    }

    private static String text(Cell cell, Locale locale) {
        return cell.suppressed() ? cell.marker() : Counts.format(cell.value(), locale);
    }
}
