package org.onestop.settlement.simulation.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import org.onestop.settlement.simulation.SimulationResult;
import org.onestop.settlement.simulation.SimulationView;

/**
 * The two distributions of the personal burden per stay as one SVG: for each run, the share of stays (y, 0–100%)
 * that left the person at most a given amount (x, yuan), drawn through the run's percentiles 0..100; the baseline
 * solid blue, the changed policy dashed red, with p50, p90 and p99 of each in the legend.
 */
final class BurdenChart {

    static final String IMAGE_SVG = "image/svg+xml";

    private static final int WIDTH = 760;
    private static final int HEIGHT = 460;
    private static final int LEFT = 80;
    private static final int RIGHT = 30;
    private static final int TOP = 60;
    private static final int BOTTOM = 110;
    private static final int TICKS = 5;

    private BurdenChart() {
    }

    static String of(SimulationView simulation) {
        SimulationResult.Burden burden = simulation.result().burden();
        StringBuilder svg = new StringBuilder(8192);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\">\n");
        String title = simulation.name() + "：每次结算个人负担分布（" + burden.stays() + " 次）";
        svg.append("<title>").append(escape(title)).append("</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        text(svg, LEFT, 30, title, "start", 15);
        if (burden.stays() == 0) {
            text(svg, WIDTH / 2, HEIGHT / 2, "窗口内没有模拟的结算", "middle", 14);
            return svg.append("</svg>\n").toString();
        }
        BigDecimal max = niceMax(last(burden.baseline()).max(last(burden.patched())));
        axes(svg, max);
        curve(svg, burden.baseline(), max, "#1f77b4", null);
        curve(svg, burden.patched(), max, "#d62728", "6 4");
        legend(svg, 0, "基线（原政策）", burden.baseline(), "#1f77b4", null);
        legend(svg, 1, "调整后政策", burden.patched(), "#d62728", "6 4");
        return svg.append("</svg>\n").toString();
    }

    private static void axes(StringBuilder svg, BigDecimal max) {
        int plotBottom = HEIGHT - BOTTOM;
        int plotRight = WIDTH - RIGHT;
        svg.append("<g stroke=\"#999\" stroke-width=\"1\">\n");
        for (int i = 0; i <= TICKS; i++) {
            double y = plotBottom - (plotBottom - TOP) * i / (double) TICKS;
            double x = LEFT + (plotRight - LEFT) * i / (double) TICKS;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>%n",
                    LEFT, y, plotRight, y));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>%n", x, plotBottom,
                    x, plotBottom + 5));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>%n", LEFT, TOP, LEFT,
                plotBottom));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>%n", LEFT, plotBottom,
                plotRight, plotBottom));
        svg.append("</g>\n");
        for (int i = 0; i <= TICKS; i++) {
            int y = plotBottom - (plotBottom - TOP) * i / TICKS;
            int x = LEFT + (plotRight - LEFT) * i / TICKS;
            text(svg, LEFT - 8, y + 4, (100 * i / TICKS) + "%", "end", 11);
            BigDecimal amount = max.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(TICKS), 0,
                    RoundingMode.HALF_UP);
            text(svg, x, plotBottom + 18, amount.toPlainString(), "middle", 11);
        }
        text(svg, (LEFT + plotRight) / 2, plotBottom + 38, "个人负担（元，总费用 − 基金支付）", "middle", 12);
        svg.append(String.format(Locale.ROOT, "<text x=\"20\" y=\"%d\" text-anchor=\"middle\" "
                + "transform=\"rotate(-90 20 %d)\">不超过该负担的结算占比</text>%n", (TOP + plotBottom) / 2,
                (TOP + plotBottom) / 2));
    }

    private static void curve(StringBuilder svg, SimulationResult.Percentiles percentiles, BigDecimal max,
                              String colour, String dash) {
        StringBuilder points = new StringBuilder();
        List<BigDecimal> all = percentiles.all();
        for (int p = 0; p < all.size(); p++) {
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(all.get(p), max), y(p)));
        }
        svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"")
                .append(dash == null ? "" : " stroke-dasharray=\"" + dash + "\"").append(" points=\"")
                .append(points.toString().trim()).append("\"/>\n");
    }

    private static void legend(StringBuilder svg, int row, String label, SimulationResult.Percentiles p,
                               String colour, String dash) {
        int y = HEIGHT - BOTTOM + 62 + 20 * row;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" "
                + "stroke-width=\"2\"%s/>%n", LEFT, y - 4, LEFT + 30, y - 4, colour,
                dash == null ? "" : " stroke-dasharray=\"" + dash + "\""));
        text(svg, LEFT + 38, y, label + "：p50 " + p.p50().toPlainString() + "，p90 " + p.p90().toPlainString()
                + "，p99 " + p.p99().toPlainString() + " 元", "start", 12);
    }

    private static double x(BigDecimal amount, BigDecimal max) {
        double share = max.signum() == 0 ? 0 : amount.doubleValue() / max.doubleValue();
        return LEFT + (WIDTH - RIGHT - LEFT) * share;
    }

    private static double y(int percentile) {
        int plotBottom = HEIGHT - BOTTOM;
        return plotBottom - (plotBottom - TOP) * percentile / 100.0;
    }

    private static BigDecimal last(SimulationResult.Percentiles percentiles) {
        return percentiles.all().get(percentiles.all().size() - 1);
    }

    /** The axis end: the largest burden rounded up to 1, 2 or 5 times a power of ten (at least 1). */
    static BigDecimal niceMax(BigDecimal largest) {
        if (largest.signum() <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal power = BigDecimal.ONE.movePointRight(largest.setScale(0, RoundingMode.CEILING).precision() - 1);
        for (int step : new int[] {1, 2, 5, 10}) {
            BigDecimal candidate = power.multiply(BigDecimal.valueOf(step));
            if (candidate.compareTo(largest) >= 0) {
                return candidate;
            }
        }
        return power.multiply(BigDecimal.TEN);
    }

    private static void text(StringBuilder svg, int x, int y, String text, String anchor, int size) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"").append(anchor)
                .append("\" font-size=\"").append(size).append("\">").append(escape(text)).append("</text>\n");
    }

    /** Text for XML: the five characters that would break it escaped. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
