package org.surgalt.reporting;

import java.util.List;

/**
 * A horizontal bar chart as inline SVG, written on the server so that it needs no script and no
 * chart library. Each bar has its label and its figures as text beside it, and the chart has a
 * {@code <title>}, so it reads without seeing the bars; the page's table has the same numbers.
 * Every text is escaped.
 */
public final class BarChart {

    private static final int ROW = 26;
    private static final int LABEL_WIDTH = 210;
    private static final int BAR_WIDTH = 300;
    private static final int WIDTH = 720;
    private static final int MAX_LABEL = 30;
    // Presentation attributes, not style: the site's Content-Security-Policy allows no inline style.
    private static final String DARK = "#1f5f99";
    private static final String LIGHT = "#9ec5e8";

    /**
     * {@code value} of {@code max} is the bar's length; {@code inner} (or -1 for none) a darker bar
     * inside it (completed among reached); {@code text} the figures written after the bar.
     */
    public record Bar(String label, long value, long inner, long max, String text) {
    }

    private BarChart() {
    }

    public static String svg(String id, String title, List<Bar> bars) {
        int height = Math.max(1, bars.size()) * ROW + 8;
        StringBuilder svg = new StringBuilder(256 + bars.size() * 320);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"100%\" font-family=\"sans-serif\" font-size=\"14\" aria-labelledby=\"")
                .append(escape(id)).append("\"><title id=\"").append(escape(id)).append("\">").append(escape(title))
                .append("</title>");
        int y = 4;
        for (Bar bar : bars) {
            long max = Math.max(1, bar.max());
            int length = (int) Math.round(BAR_WIDTH * (double) Math.min(bar.value(), max) / max);
            svg.append("<g><text x=\"0\" y=\"").append(y + 17).append("\">").append(escape(shorten(bar.label())))
                    .append("</text><rect class=\"track\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 4)
                    .append("\" width=\"").append(BAR_WIDTH).append("\" height=\"16\" fill=\"#e6ebf0\"/>");
            if (length > 0) {
                svg.append("<rect class=\"bar\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 4)
                        .append("\" width=\"").append(length).append("\" height=\"16\" fill=\"")
                        .append(bar.inner() >= 0 ? LIGHT : DARK).append("\"/>");
            }
            if (bar.inner() > 0) {
                int inner = (int) Math.round(BAR_WIDTH * (double) Math.min(bar.inner(), max) / max);
                svg.append("<rect class=\"inner\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 4)
                        .append("\" width=\"").append(inner).append("\" height=\"16\" fill=\"").append(DARK).append("\"/>");
            }
            svg.append("<text x=\"").append(LABEL_WIDTH + BAR_WIDTH + 8).append("\" y=\"").append(y + 17)
                    .append("\">").append(escape(bar.text())).append("</text></g>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    /** The full label stays in the table; the chart cuts long names so that bars line up. */
    private static String shorten(String label) {
        String text = label == null ? "" : label;
        return text.codePointCount(0, text.length()) <= MAX_LABEL ? text
                : text.substring(0, text.offsetByCodePoints(0, MAX_LABEL - 1)) + "…";
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
