package io.pldot.engine.backtest.report;

import io.pldot.engine.backtest.metrics.EquityCurve;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Pattern;

/**
 * Renders the equity and drawdown charts of a backtest with XChart, as SVG fragments ready to sit inline in an
 * HTML page (no XML prolog, no DOCTYPE, no namespace URLs: nothing that points outside the page).
 * <p>
 * Rendering is headless: the first use sets {@code java.awt.headless=true} unless the property is already set.
 * Curves longer than {@link #MAX_POINTS} are thinned to the minimum and maximum of each slice, which keeps the
 * extremes (and so the drawdowns) visible while keeping the page small.
 * <p>
 * Stateless; thread-safe.
 */
public final class ChartRenderer
{
    /** Most points drawn per series. */
    public static final int MAX_POINTS = 2_000;

    private static final int WIDTH = 960;
    private static final int HEIGHT = 320;
    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final Pattern PROLOG = Pattern.compile("<\\?xml[^>]*\\?>\\s*");
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>]*>\\s*");
    private static final Pattern NAMESPACES = Pattern.compile("\\s+xmlns(:\\w+)?=\"[^\"]*\"");
    private static final Pattern IDS = Pattern.compile("\\bid=\"([^\"]+)\"");
    private static final Color LINE = new Color(0x1F, 0x5F, 0xA8);
    private static final Color DRAWDOWN = new Color(0xC0, 0x39, 0x2B);

    static
    {
        if (null == System.getProperty("java.awt.headless"))
        {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ChartRenderer()
    {
    }

    /**
     * @param curve equity curve with at least one sample.
     * @return an inline SVG element of equity over time.
     */
    public static String equitySvg(final EquityCurve curve)
    {
        final int n = curve.size();
        final long[] times = new long[n];
        final double[] values = new double[n];
        for (int i = 0; i < n; i++)
        {
            times[i] = curve.timeNs(i);
            values[i] = curve.equity(i);
        }
        return render("equity", "Equity", "Equity", "#,##0.00", times, values, LINE, false);
    }

    /**
     * @param curve equity curve with at least one sample.
     * @return an inline SVG element of the drawdown below the running peak, in percent (0 or negative).
     */
    public static String drawdownSvg(final EquityCurve curve)
    {
        final int n = curve.size();
        final long[] times = new long[n];
        final double[] values = new double[n];
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++)
        {
            final double e = curve.equity(i);
            peak = Math.max(peak, e);
            times[i] = curve.timeNs(i);
            values[i] = (e / peak - 1) * 100;
        }
        return render("drawdown", "Drawdown", "Drawdown (%)", "0.00", times, values, DRAWDOWN, true);
    }

    private static String render(
        final String idPrefix,
        final String title,
        final String yTitle,
        final String yPattern,
        final long[] timesNs,
        final double[] values,
        final Color color,
        final boolean area)
    {
        if (timesNs.length == 0)
        {
            throw new IllegalArgumentException("no samples to chart");
        }
        final XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
            .xAxisTitle("Time (UTC)").yAxisTitle(yTitle).build();
        final XYStyler styler = chart.getStyler();
        styler.setLegendVisible(false);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setLocale(Locale.ROOT);
        styler.setTimezone(TimeZone.getTimeZone("UTC"));
        styler.setDatePattern("yyyy-MM-dd HH:mm");
        styler.setYAxisDecimalPattern(yPattern);
        styler.setPlotGridVerticalLinesVisible(false);

        final List<Date> xs = new ArrayList<>();
        final List<Double> ys = new ArrayList<>();
        thin(timesNs, values, xs, ys);
        final XYSeries series = chart.addSeries(title, xs, ys);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(color);
        if (area)
        {
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
            series.setFillColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 0x50));
        }
        return inline(encode(chart), idPrefix);
    }

    /**
     * Keeps every point up to {@link #MAX_POINTS}; beyond that, the minimum and maximum of each of
     * {@code MAX_POINTS / 2} slices, in time order.
     */
    static void thin(final long[] timesNs, final double[] values, final List<Date> xs, final List<Double> ys)
    {
        final int n = timesNs.length;
        if (n <= MAX_POINTS)
        {
            for (int i = 0; i < n; i++)
            {
                xs.add(new Date(timesNs[i] / NANOS_PER_MILLI));
                ys.add(values[i]);
            }
            return;
        }
        final int slices = MAX_POINTS / 2;
        for (int s = 0; s < slices; s++)
        {
            final int from = (int)((long)s * n / slices);
            final int to = (int)((long)(s + 1) * n / slices);
            int min = from;
            int max = from;
            for (int i = from + 1; i < to; i++)
            {
                if (values[i] < values[min])
                {
                    min = i;
                }
                if (values[i] > values[max])
                {
                    max = i;
                }
            }
            final int first = Math.min(min, max);
            final int second = Math.max(min, max);
            xs.add(new Date(timesNs[first] / NANOS_PER_MILLI));
            ys.add(values[first]);
            if (second != first)
            {
                xs.add(new Date(timesNs[second] / NANOS_PER_MILLI));
                ys.add(values[second]);
            }
        }
    }

    private static String encode(final XYChart chart)
    {
        final ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try
        {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("could not render chart " + chart.getTitle(), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Strips what an inline SVG must not carry and renames its element ids to {@code prefix-1, prefix-2, ...} in
     * order of appearance, so that two charts on one page never share an id and the output does not depend on the
     * ids the encoder picked.
     */
    static String inline(final String svgDocument, final String prefix)
    {
        String svg = PROLOG.matcher(svgDocument).replaceFirst("");
        svg = DOCTYPE.matcher(svg).replaceFirst("");
        svg = NAMESPACES.matcher(svg).replaceAll("").trim();
        final List<String> ids = IDS.matcher(svg).results().map(r -> r.group(1)).distinct().toList();
        for (int i = 0; i < ids.size(); i++)
        {
            final String renamed = prefix + "-" + (i + 1);
            svg = svg.replace("id=\"" + ids.get(i) + "\"", "id=\"" + renamed + "\"")
                .replace("url(#" + ids.get(i) + ")", "url(#" + renamed + ")")
                .replace("href=\"#" + ids.get(i) + "\"", "href=\"#" + renamed + "\"");
        }
        return svg;
    }
}
