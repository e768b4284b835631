package org.homeward.exchange.export;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.homeward.exchange.export.PdfCanvas.Align;
import org.homeward.statistics.ReportedFigure;
import org.homeward.statistics.ReturnCounts.GovernorateReturns;
import org.homeward.statistics.SituationFigures.Situation;

/**
 * Lays out the one-page situation report on A4: title and period, three headline figures, the map and the monthly
 * chart side by side, returns per governorate, then definitions and sources. Numbers use Latin digits in every
 * language, as UN and government tables for Syria mostly do, so that figures read the same in each edition.
 */
final class SitrepDocument {

    private static final float LEFT = 40;
    private static final float RIGHT = 555;
    private static final float WIDTH = RIGHT - LEFT;
    private static final Color RULE = new Color(0xcc, 0xcc, 0xcc);

    /** A governorate as the report names it, in the report's language. */
    record Place(String pcode, String name) {}

    private SitrepDocument() {}

    static byte[] render(
            Situation situation, SitrepLabels labels, List<Place> places, Boundaries boundaries, boolean rightToLeft) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(labels.title());
            information.setCreator("Homeward");
            document.getDocumentCatalog().setLanguage(labels.language());
            PdfCanvas.Fonts fonts = PdfCanvas.Fonts.load(document);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                PdfCanvas canvas = new PdfCanvas(content, fonts, rightToLeft, LEFT, RIGHT);
                draw(canvas, situation, labels, places, boundaries);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void draw(
            PdfCanvas canvas, Situation situation, SitrepLabels labels, List<Place> places, Boundaries boundaries) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        canvas.text(labels.title(), canvas.start(0), 800, 17, true, Align.START, SitrepGraphics.INK);
        canvas.text(labels.period(), canvas.start(0), 782, 9, false, Align.START, SitrepGraphics.MUTED);
        rule(canvas, 772);
        headline(canvas, 0, numbers.format(situation.returns()), labels.returns());
        headline(canvas, 1, numbers.format(situation.refugeeReturns()), labels.refugees());
        headline(canvas, 2, numbers.format(situation.idpReturns()), labels.idps());
        rule(canvas, 700);

        Map<String, Long> counts = new HashMap<>();
        for (GovernorateReturns returns : situation.byGovernorate()) {
            counts.merge(returns.adm1Pcode(), returns.refugees() + returns.idps(), Long::sum);
        }
        float half = WIDTH / 2 - 10;
        canvas.text(labels.map(), canvas.start(0), 684, 10, true, Align.START, SitrepGraphics.INK);
        canvas.text(labels.chart(), canvas.start(half + 20), 684, 10, true, Align.START, SitrepGraphics.INK);
        float mapX = canvas.rightToLeft() ? RIGHT - half : LEFT;
        float chartX = canvas.rightToLeft() ? LEFT : RIGHT - half;
        SitrepGraphics.choropleth(canvas, boundaries.governorates(), counts, mapX, 450, half, 222, labels.none());
        SitrepGraphics.monthlyBars(canvas, situation.byMonth(), chartX, 480, half, 192);
        chartLegend(canvas, chartX, labels);
        rule(canvas, 436);

        float y = table(canvas, places, counts, numbers, labels);
        rule(canvas, y);
        y = section(canvas, labels.definitions(), List.of(labels.definitionReturn(), labels.definitionTypes()), y - 16);
        List<String> sources = new java.util.ArrayList<>(List.of(labels.sourceRecords()));
        for (ReportedFigure figure : situation.reported()) {
            sources.add(labels.reported(figure, numbers.format(figure.value())));
        }
        sources.add(labels.sourceBoundaries());
        section(canvas, labels.sources(), sources, y - 6);
    }

    private static void headline(PdfCanvas canvas, int position, String number, String label) {
        float column = WIDTH / 3;
        float offset = column * position;
        canvas.text(number, canvas.start(offset), 730, 22, true, Align.START, SitrepGraphics.REFUGEES);
        canvas.text(label, canvas.start(offset), 712, 9, false, Align.START, SitrepGraphics.INK);
    }

    private static void chartLegend(PdfCanvas canvas, float x, SitrepLabels labels) {
        float y = 452;
        swatch(canvas, x + 34, y, SitrepGraphics.REFUGEES);
        canvas.text(labels.legendRefugees(), x + 46, y, 7.5f, false, startOf(canvas), SitrepGraphics.INK);
        swatch(canvas, x + 134, y, SitrepGraphics.IDPS);
        canvas.text(labels.legendIdps(), x + 146, y, 7.5f, false, startOf(canvas), SitrepGraphics.INK);
    }

    /** Legend text runs rightwards from its swatch in both directions: the chart is drawn left to right. */
    private static Align startOf(PdfCanvas canvas) {
        return canvas.rightToLeft() ? Align.END : Align.START;
    }

    private static void swatch(PdfCanvas canvas, float x, float y, Color colour) {
        PdfCanvas.io(() -> {
            canvas.content().setNonStrokingColor(colour);
            canvas.content().addRect(x, y - 1, 8, 8);
            canvas.content().fill();
        });
    }

    /** Returns per governorate in two columns of name and count; answers the y below it. */
    private static float table(
            PdfCanvas canvas, List<Place> places, Map<String, Long> counts, NumberFormat numbers, SitrepLabels labels) {
        float top = 420;
        canvas.text(labels.table(), canvas.start(0), top, 10, true, Align.START, SitrepGraphics.INK);
        int perColumn = (places.size() + 1) / 2;
        float column = WIDTH / 2;
        for (int i = 0; i < places.size(); i++) {
            Place place = places.get(i);
            float offset = column * (i / perColumn);
            float y = top - 16 - 12 * (i % perColumn);
            canvas.text(place.name(), canvas.start(offset), y, 8.5f, false, Align.START, SitrepGraphics.INK);
            String count = numbers.format(counts.getOrDefault(place.pcode(), 0L));
            canvas.text(count, canvas.start(offset + column - 30), y, 8.5f, false, Align.END, SitrepGraphics.INK);
        }
        return top - 16 - 12 * perColumn;
    }

    private static float section(PdfCanvas canvas, String title, List<String> paragraphs, float y) {
        canvas.text(title, canvas.start(0), y, 10, true, Align.START, SitrepGraphics.INK);
        y -= 13;
        for (String paragraph : paragraphs) {
            y = canvas.paragraph(paragraph, 0, y, WIDTH, 7.5f, SitrepGraphics.INK) - 2;
        }
        return y;
    }

    private static void rule(PdfCanvas canvas, float y) {
        PdfCanvas.io(() -> {
            canvas.content().setStrokingColor(RULE);
            canvas.content().setLineWidth(0.5f);
            canvas.content().moveTo(LEFT, y);
            canvas.content().lineTo(RIGHT, y);
            canvas.content().stroke();
        });
    }
}
