package org.surgalt.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart as inline SVG, written on the server so that it needs no script and no
 * chart library. Each bar has its label above it and its figures as text beside it, and the chart has a
 * {@code <title>}, so it reads without seeing the bars; the page's table has the same numbers.
 * Every text is escaped.
 *
 * <p>SVG text does not wrap by itself, so long labels and figures are broken into lines here, at
 * spaces, by a count of characters that fits the space even in wide Cyrillic letters: a school's or
 * a module's full name shows, however long, instead of being cut at a fixed length. The chart is
 * narrow (480 units) so that its text stays readable when a phone shrinks it.
 */
public final class BarChart {

    private static final int WIDTH = 480;
    private static final int LINE = 17;
    private static final int BAR_WIDTH = 200;
    private static final int BAR_HEIGHT = 14;
    private static final int FIGURES_X = BAR_WIDTH + 10;
    /** At 13 units a letter is about 8 wide at most: 480 fits 56, the 270 beside the bar 33. */
    private static final int LABEL_CHARS = 56;
    private static final int FIGURES_CHARS = 33;
    // Presentation attributes, not style: the site's Content-Security-Policy allows no inline style.
    private static final String DARK = "#1f5f99";
    private static final String LIGHT = "#9ec5e8";
    private static final String TRACK = "#e6ebf0";

    /**
     * {@code value} of {@code max} is the bar's length; {@code inner} (or -1 for none) a darker bar
     * inside it (completed among reached); {@code text} the figures written after the bar.
     */
    public record Bar(String label, long value, long inner, long max, String text) {
    }

    private BarChart() {
    }

    public static String svg(String id, String title, List<Bar> bars) {
        StringBuilder body = new StringBuilder(bars.size() * 360);
        int y = 4;
        for (Bar bar : bars) {
            List<String> label = wrap(bar.label(), LABEL_CHARS);
            List<String> figures = wrap(bar.text(), FIGURES_CHARS);
            body.append("<g>");
            text(body, 0, y + 13, " font-weight=\"600\"", label);
            int barY = y + label.size() * LINE + 3;
            long max = Math.max(1, bar.max());
            int length = (int) Math.round(BAR_WIDTH * (double) Math.min(bar.value(), max) / max);
            rect(body, "track", barY, BAR_WIDTH, TRACK);
            if (length > 0) {
                rect(body, "bar", barY, length, bar.inner() >= 0 ? LIGHT : DARK);
            }
            if (bar.inner() > 0) {
                rect(body, "inner", barY, (int) Math.round(BAR_WIDTH * (double) Math.min(bar.inner(), max) / max), DARK);
            }
            text(body, FIGURES_X, barY + 12, "", figures);
            body.append("</g>");
            y = barY + Math.max(BAR_HEIGHT + 4, (figures.size() - 1) * LINE + BAR_HEIGHT + 4) + 10;
        }
        int height = Math.max(8, y);
        return new StringBuilder(256 + body.length())
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"100%\" font-family=\"sans-serif\" font-size=\"13\" fill=\"#1d2430\" aria-labelledby=\"")
                .append(escape(id)).append("\"><title id=\"").append(escape(id)).append("\">").append(escape(title))
                .append("</title>").append(body).append("</svg>").toString();
    }

    private static void rect(StringBuilder svg, String kind, int y, int width, String fill) {
        svg.append("<rect class=\"").append(kind).append("\" x=\"0\" y=\"").append(y).append("\" width=\"").append(width)
                .append("\" height=\"").append(BAR_HEIGHT).append("\" rx=\"2\" fill=\"").append(fill).append("\"/>");
    }

    /** One {@code <text>}; several lines as {@code <tspan>}s, one under the other. */
    private static void text(StringBuilder svg, int x, int y, String attributes, List<String> lines) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append('"').append(attributes).append('>');
        if (lines.size() == 1) {
            svg.append(escape(lines.get(0)));
        } else {
            for (int i = 0; i < lines.size(); i++) {
                svg.append("<tspan x=\"").append(x).append('"').append(i == 0 ? "" : " dy=\"" + LINE + "\"").append('>')
                        .append(escape(lines.get(i))).append("</tspan>");
            }
        }
        svg.append("</text>");
    }

    /** The text in lines of at most {@code width} characters, broken at spaces; a longer word has a line of its own, broken only if it must be. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : (text == null ? "" : text.strip()).split("\\s+")) {
            int wordLength = word.codePointCount(0, word.length());
            int lineLength = line.codePointCount(0, line.length());
            if (lineLength > 0 && lineLength + 1 + wordLength > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (word.codePointCount(0, word.length()) > width) {
                int cut = word.offsetByCodePoints(0, width);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
