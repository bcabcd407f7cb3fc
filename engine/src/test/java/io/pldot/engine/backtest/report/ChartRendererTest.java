package io.pldot.engine.backtest.report;

import io.pldot.engine.backtest.metrics.EquityCurve;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChartRendererTest
{
    @BeforeAll
    static void headless()
    {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void shouldRenderInlineSvgWithoutPrologOrNamespaceUrls()
    {
        final EquityCurve curve = new EquityCurve().append(0, 100).append(60_000_000_000L, 90)
            .append(120_000_000_000L, 105);

        final String svg = ChartRenderer.equitySvg(curve);

        assertThat(svg).startsWith("<svg").endsWith("</svg>").doesNotContain("<?xml").doesNotContain("DOCTYPE")
            .doesNotContain("http");
        assertThat(ChartRenderer.drawdownSvg(curve)).startsWith("<svg").doesNotContain("http");
    }

    @Test
    void shouldRenameIdsPerChartAndDropNamespaces()
    {
        final String doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
            + "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
            + "<clipPath id=\"clip42\"/><clipPath id=\"clip7\"/><g clip-path=\"url(#clip42)\"/>"
            + "<g clip-path=\"url(#clip7)\"/><g clip-path=\"url(#clip42)\"/></svg>";

        assertThat(ChartRenderer.inline(doc, "equity")).isEqualTo(
            "<svg><clipPath id=\"equity-1\"/><clipPath id=\"equity-2\"/><g clip-path=\"url(#equity-1)\"/>"
                + "<g clip-path=\"url(#equity-2)\"/><g clip-path=\"url(#equity-1)\"/></svg>");
    }

    @Test
    void shouldRenderSameSvgTwice()
    {
        final EquityCurve curve = new EquityCurve().append(0, 100).append(60_000_000_000L, 90);

        assertThat(ChartRenderer.drawdownSvg(curve)).isEqualTo(ChartRenderer.drawdownSvg(curve))
            .contains("id=\"drawdown-1\"");
    }

    @Test
    void shouldThinLongCurveKeepingExtremes()
    {
        final int n = 100_000;
        final long[] times = new long[n];
        final double[] values = new double[n];
        for (int i = 0; i < n; i++)
        {
            times[i] = i * 1_000_000L;
            values[i] = 100 + Math.sin(i / 500.0);
        }
        values[54_321] = 50;   // the deepest point must survive
        values[77_777] = 200;  // and the highest

        final List<Date> xs = new ArrayList<>();
        final List<Double> ys = new ArrayList<>();
        ChartRenderer.thin(times, values, xs, ys);

        assertThat(xs).hasSameSizeAs(ys).hasSizeLessThanOrEqualTo(ChartRenderer.MAX_POINTS);
        assertThat(ys).contains(50.0, 200.0);
        assertThat(xs).isSorted();
    }

    @Test
    void shouldKeepEveryPointOfShortCurve()
    {
        final List<Date> xs = new ArrayList<>();
        final List<Double> ys = new ArrayList<>();

        ChartRenderer.thin(new long[]{0, 1_000_000, 2_000_000}, new double[]{1, 2, 3}, xs, ys);

        assertThat(ys).containsExactly(1.0, 2.0, 3.0);
        assertThat(xs).containsExactly(new Date(0), new Date(1), new Date(2));
    }
}
