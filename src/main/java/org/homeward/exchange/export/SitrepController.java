package org.homeward.exchange.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.homeward.geography.Area;
import org.homeward.geography.Gazetteer;
import org.homeward.shared.InvalidParameterException;
import org.homeward.statistics.SituationFigures;
import org.homeward.statistics.SituationFigures.Situation;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/statistics/sitrep.pdf?lang=en|ar|ru&from=&to=} (and {@code /statistics/sitrep.pdf} for links in
 * the UI): the one-page situation report, for any signed-in user (it holds counts, no records). The period defaults to 2018-01-01, the start of the return figures everyone
 * quotes, up to today.
 */
@RestController
class SitrepController {

    static final LocalDate DEFAULT_FROM = LocalDate.of(2018, 1, 1);
    private static final List<String> LANGUAGES = List.of("en", "ar", "ru");

    private final SituationFigures figures;
    private final Gazetteer gazetteer;
    private final Boundaries boundaries;
    private final MessageSource messages;
    private final Clock clock;

    SitrepController(
            SituationFigures figures, Gazetteer gazetteer, Boundaries boundaries, MessageSource messages, Clock clock) {
        this.figures = figures;
        this.gazetteer = gazetteer;
        this.boundaries = boundaries;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping({"/api/v1/statistics/sitrep.pdf", "/statistics/sitrep.pdf"})
    ResponseEntity<byte[]> sitrep(
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        String language = lang == null || lang.isBlank() ? "en" : lang.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new InvalidParameterException("lang", lang, "one of en, ar, ru");
        }
        LocalDate today = LocalDate.now(clock);
        ExportRequest.Period period = ExportRequest.period(from, to).orElse(DEFAULT_FROM, today);
        LocalDate start = period.from();
        LocalDate end = period.to();
        Situation situation = figures.situation(start, end);
        boolean arabic = language.equals("ar");
        List<SitrepDocument.Place> places = gazetteer.governorates().stream()
                .sorted(Comparator.comparing(Area::pcode))
                .map(area -> new SitrepDocument.Place(area.pcode(), arabic ? area.nameAr() : area.nameEn()))
                .toList();
        SitrepLabels labels = new SitrepLabels(messages, Locale.forLanguageTag(language), start, end, today);
        byte[] pdf = SitrepDocument.render(situation, labels, places, boundaries, arabic);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("sitrep-" + end + "-" + language + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }
}
