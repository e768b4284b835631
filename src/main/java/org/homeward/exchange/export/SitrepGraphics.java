package org.homeward.exchange.export;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.homeward.exchange.export.Boundaries.Governorate;
import org.homeward.exchange.export.PdfCanvas.Align;
import org.homeward.statistics.SituationFigures.MonthReturns;

/** The report's two pictures, drawn as vector graphics: a choropleth of governorates and monthly bars. */
final class SitrepGraphics {

    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color MUTED = new Color(0x66, 0x66, 0x66);
    static final Color REFUGEES = new Color(0x1f, 0x5f, 0x99);
    static final Color IDPS = new Color(0x7f, 0xb3, 0xd5);
    private static final Color NONE = new Color(0xee, 0xee, 0xee);
    private static final Color BORDER = Color.WHITE;
    /** Sequential blues (ColorBrewer "Blues", 5 classes) for the map. */
    private static final Color[] CLASSES = {
        new Color(0xef, 0xf3, 0xff),
        new Color(0xbd, 0xd7, 0xe7),
        new Color(0x6b, 0xae, 0xd6),
        new Color(0x31, 0x82, 0xbd),
        new Color(0x08, 0x51, 0x9c)
    };

    private SitrepGraphics() {}

    /**
     * Governorates filled by their share of the largest count, in five equal classes, fitted into the box with its
     * lower left corner at ({@code x}, {@code y}); a legend of the classes below the map in {@code legendHeight}.
     */
    static void choropleth(
            PdfCanvas canvas,
            List<Governorate> governorates,
            Map<String, Long> counts,
            float x,
            float y,
            float width,
            float height,
            String noneLabel) {
        double[] box = bounds(governorates);
        double midLatitude = Math.toRadians((box[1] + box[3]) / 2);
        double spanX = (box[2] - box[0]) * Math.cos(midLatitude);
        double spanY = box[3] - box[1];
        float legend = 18;
        double scale = Math.min(width / spanX, (height - legend) / spanY);
        float offsetX = (float) (x + (width - spanX * scale) / 2);
        float offsetY = y + legend;
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        PDPageContentStream content = canvas.content();
        PdfCanvas.io(() -> {
            content.setStrokingColor(BORDER);
            content.setLineWidth(0.6f);
            for (Governorate governorate : governorates) {
                content.setNonStrokingColor(colour(counts.getOrDefault(governorate.pcode(), 0L), max));
                for (double[][] ring : governorate.rings()) {
                    for (int i = 0; i < ring.length; i++) {
                        float px = (float) (offsetX + (ring[i][0] - box[0]) * Math.cos(midLatitude) * scale);
                        float py = (float) (offsetY + (ring[i][1] - box[1]) * scale);
                        if (i == 0) {
                            content.moveTo(px, py);
                        } else {
                            content.lineTo(px, py);
                        }
                    }
                    content.closePath();
                }
                content.fillAndStrokeEvenOdd();
            }
        });
        legend(canvas, max, x, y, width, noneLabel);
    }

    private static void legend(PdfCanvas canvas, long max, float x, float y, float width, String noneLabel) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        float cell = width / 6;
        // with nothing counted there are no classes to tell apart: the legend names only the empty colour
        int classes = max == 0 ? 0 : CLASSES.length;
        for (int i = -1; i < classes; i++) {
            float cx = x + cell * (i + 1);
            Color fill = i < 0 ? NONE : CLASSES[i];
            String label = i < 0
                    ? noneLabel
                    : PdfCanvas.ltr("≤ " + numbers.format(Math.max(1, Math.round(max * (i + 1) / 5.0))));
            PdfCanvas.io(() -> {
                canvas.content().setNonStrokingColor(fill);
                canvas.content().addRect(cx + 1, y + 8, cell - 2, 6);
                canvas.content().fill();
            });
            canvas.text(label, cx + cell / 2, y, 6.5f, false, Align.CENTER, MUTED);
        }
    }

    static Color colour(long count, long max) {
        if (count <= 0 || max <= 0) {
            return NONE;
        }
        int index = (int) Math.ceil(count * 5.0 / max) - 1;
        return CLASSES[Math.clamp(index, 0, CLASSES.length - 1)];
    }

    /** Stacked bars (refugees below, IDPs above) per month, a value axis with four steps, every third month named. */
    static void monthlyBars(PdfCanvas canvas, List<MonthReturns> months, float x, float y, float width, float height) {
        float axis = 22;
        float labels = 30;
        long max = months.stream().mapToLong(MonthReturns::total).max().orElse(0);
        long top = niceCeiling(max);
        float plotX = x + labels;
        float plotY = y + axis;
        float plotWidth = width - labels;
        float plotHeight = height - axis;
        PDPageContentStream content = canvas.content();
        NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        for (int step = 0; step <= 4; step++) {
            float gy = plotY + plotHeight * step / 4;
            Color line = step == 0 ? MUTED : NONE;
            PdfCanvas.io(() -> {
                content.setStrokingColor(line);
                content.setLineWidth(0.5f);
                content.moveTo(plotX, gy);
                content.lineTo(plotX + plotWidth, gy);
                content.stroke();
            });
            canvas.text(numbers.format(top * step / 4), plotX - 3, gy - 2.5f, 6.5f, false, endAlign(canvas), MUTED);
        }
        if (months.isEmpty()) {
            return;
        }
        float slot = plotWidth / months.size();
        float bar = Math.max(1, slot * 0.7f);
        for (int i = 0; i < months.size(); i++) {
            MonthReturns month = months.get(i);
            float bx = plotX + slot * i + (slot - bar) / 2;
            float refugees = top == 0 ? 0 : plotHeight * month.refugees() / top;
            float idps = top == 0 ? 0 : plotHeight * month.idps() / top;
            PdfCanvas.io(() -> {
                content.setNonStrokingColor(REFUGEES);
                content.addRect(bx, plotY, bar, refugees);
                content.fill();
                content.setNonStrokingColor(IDPS);
                content.addRect(bx, plotY + refugees, bar, idps);
                content.fill();
            });
            if (i % 3 == 0) {
                canvas.text(month.month().toString(), bx + bar / 2, y + 10, 6f, false, Align.CENTER, MUTED);
            }
        }
    }

    /** Axis numbers sit left of the axis whatever the document's direction: the chart itself is not mirrored. */
    private static Align endAlign(PdfCanvas canvas) {
        return canvas.rightToLeft() ? Align.START : Align.END;
    }

    /** The smallest of 1, 2 or 5 times a power of ten, times four, at or above {@code max}: round axis steps. */
    static long niceCeiling(long max) {
        if (max <= 4) {
            return 4;
        }
        double step = max / 4.0;
        double magnitude = Math.pow(10, Math.floor(Math.log10(step)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * magnitude >= step) {
                return (long) Math.ceil(factor * magnitude * 4);
            }
        }
        return (long) Math.ceil(10 * magnitude * 4);
    }

    private static double[] bounds(List<Governorate> governorates) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Governorate governorate : governorates) {
            for (double[][] ring : governorate.rings()) {
                for (double[] point : ring) {
                    box[0] = Math.min(box[0], point[0]);
                    box[1] = Math.min(box[1], point[1]);
                    box[2] = Math.max(box[2], point[0]);
                    box[3] = Math.max(box[3], point[1]);
                }
            }
        }
        return box;
    }
}
