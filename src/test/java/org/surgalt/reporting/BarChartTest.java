package org.surgalt.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void aLongSchoolNameShowsInFullOnSeveralLinesNotCutWithAnEllipsis() {
        String school = "Ховд аймгийн Буянт сумын ерөнхий боловсролын 1-р сургууль, бага ангийн салбар";
        String svg = BarChart.svg("c", "Chart", List.of(new BarChart.Bar(school, 50, -1, 100, "50% complete (1 of 2)")));
        assertFalse(svg.contains("…"), svg);
        assertTrue(svg.contains("<tspan x=\"0\">Ховд аймгийн Буянт сумын ерөнхий боловсролын 1-р</tspan>"
                + "<tspan x=\"0\" dy=\"17\">сургууль, бага ангийн салбар</tspan>"), svg);
        // Short figures stay one text, as the dashboard's tests and screen readers read them.
        assertTrue(svg.contains(">50% complete (1 of 2)</text>"), svg);
    }

    @Test
    void longFiguresWrapBesideTheBarInsteadOfRunningOffTheChart() {
        List<String> lines = BarChart.wrap("100% хийсэн, 5-с 3 сургалт дууссан", 24);
        assertEquals(List.of("100% хийсэн, 5-с 3", "сургалт дууссан"), lines);
        assertEquals(List.of("abcdefghij", "klm"), BarChart.wrap("abcdefghijklm", 10));
        assertEquals(List.of(""), BarChart.wrap(null, 10));
    }

    @Test
    void theChartGrowsWithItsLinesSoThatNothingIsClipped() {
        String one = BarChart.svg("c", "t", List.of(new BarChart.Bar("A", 1, -1, 2, "x")));
        String two = BarChart.svg("c", "t", List.of(new BarChart.Bar("A ".repeat(40), 1, -1, 2, "x")));
        assertTrue(height(two) > height(one), one + "\n" + two);
    }

    private static int height(String svg) {
        return Integer.parseInt(svg.replaceFirst("(?s).*?viewBox=\"0 0 \\d+ (\\d+)\".*", "$1"));
    }
}
