package io.pldot.engine.app;

import io.pldot.engine.analytics.bar.Bar;
import io.pldot.journal.format.AnalyticsColumns;
import io.pldot.journal.format.DisplayNumber;
import io.pldot.journal.schema.AnalyticsCodes;
import io.pldot.journal.schema.IndicatorField;
import io.pldot.journal.schema.IndicatorSnapshotDescriptor;
import org.agrona.DirectBuffer;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the rows of the {@code analyze} command: one per bar, its OHLCV and every value of the
 * indicator snapshot the analytics produced for it, as CSV (with a header) or as JSON lines.
 * Values come from the snapshot record itself, so {@code analyze} prints exactly what the pipeline
 * journals. A value not yet defined is an empty CSV cell or a JSON {@code null}: never "NaN" and
 * never a made-up number. CSV cells are rounded for people ({@link DisplayNumber}, 12 significant
 * digits); JSON keeps the exact doubles.
 * <p>
 * Columns: {@code time, open, high, low, close, volume}, then the core set in its order
 * ({@code pldot … regime}, EMAs by period), then the extras (support/resistance zones, ATR %,
 * Hurst, mean reversion, autocorrelation, imbalance, average trade sizes, previous state, slope
 * trend, profile shape, active patterns). Off the hot path; not thread-safe.
 */
public final class AnalysisRowWriter
{
    /** Output form. */
    public enum Format
    {
        /** Comma-separated, header first. */
        CSV,
        /** One JSON object per line. */
        JSON
    }

    private static final IndicatorField[] CORE_HEAD = {
        IndicatorField.PLDOT, IndicatorField.PLDOT_SLOPE, IndicatorField.ENV_UPPER, IndicatorField.ENV_LOWER,
        IndicatorField.ENV_POSITION,
    };
    private static final IndicatorField[] CORE_TAIL = {
        IndicatorField.ATR, IndicatorField.ADX, IndicatorField.PLUS_DI, IndicatorField.MINUS_DI,
        IndicatorField.DELTA, IndicatorField.CVD, IndicatorField.POC, IndicatorField.VA_HIGH, IndicatorField.VA_LOW,
    };
    private static final IndicatorField[] EXTRAS = {
        IndicatorField.SUPPORT, IndicatorField.SUPPORT_STRENGTH, IndicatorField.RESISTANCE,
        IndicatorField.RESISTANCE_STRENGTH, IndicatorField.ATR_PERCENT, IndicatorField.HURST,
        IndicatorField.MEAN_REVERSION, IndicatorField.AUTOCORRELATION, IndicatorField.IMBALANCE,
        IndicatorField.AVG_BUY_SIZE, IndicatorField.AVG_SELL_SIZE,
    };

    private final PrintWriter out;
    private final Format format;
    private final int[] emaPeriods;
    private final List<String> columns = new ArrayList<>();
    private final StringBuilder sb = new StringBuilder(1024);
    private long rows;

    /**
     * @param out        where rows go.
     * @param format     CSV or JSON lines.
     * @param emaPeriods the configured EMA periods, in slot order.
     */
    public AnalysisRowWriter(final PrintWriter out, final Format format, final int[] emaPeriods)
    {
        this.out = out;
        this.format = format;
        this.emaPeriods = emaPeriods.clone();
        columns.addAll(List.of("time", "open", "high", "low", "close", "volume"));
        for (final IndicatorField f : CORE_HEAD)
        {
            columns.add(f.column());
        }
        columns.addAll(List.of("state", "trend", "bars_in_state", "state_confidence"));
        for (final int period : emaPeriods)
        {
            columns.add("ema" + period);
        }
        for (final IndicatorField f : CORE_TAIL)
        {
            columns.add(f.column());
        }
        columns.add("regime");
        for (final IndicatorField f : EXTRAS)
        {
            columns.add(f.column());
        }
        columns.addAll(List.of("previous_state", "slope_trend", "profile_shape", "patterns"));
    }

    /**
     * @return the column names, in order.
     */
    public List<String> columns()
    {
        return List.copyOf(columns);
    }

    /**
     * Writes the CSV header (nothing for JSON lines).
     */
    public void header()
    {
        if (format == Format.CSV)
        {
            out.println(String.join(",", columns));
        }
    }

    /**
     * Writes one row.
     *
     * @param bar      the bar analysed.
     * @param snapshot buffer holding its indicator snapshot.
     * @param offset   of the snapshot record.
     */
    public void row(final Bar bar, final DirectBuffer snapshot, final int offset)
    {
        sb.setLength(0);
        int column = 0;
        if (format == Format.JSON)
        {
            sb.append('{');
        }
        column = text(column, Instant.ofEpochSecond(Math.floorDiv(bar.openTime(), 1_000_000_000L),
            Math.floorMod(bar.openTime(), 1_000_000_000L)).toString());
        column = number(column, true, bar.open());
        column = number(column, true, bar.high());
        column = number(column, true, bar.low());
        column = number(column, true, bar.close());
        column = number(column, true, bar.volume());
        for (final IndicatorField f : CORE_HEAD)
        {
            column = field(column, snapshot, offset, f);
        }
        column = text(column, AnalyticsCodes.label(AnalyticsCodes.MarketState.class,
            IndicatorSnapshotDescriptor.STATE.get(snapshot, offset)));
        column = text(column, AnalyticsCodes.label(AnalyticsCodes.Direction.class,
            IndicatorSnapshotDescriptor.TREND.get(snapshot, offset)));
        final boolean hasState = IndicatorSnapshotDescriptor.STATE.get(snapshot, offset) != AnalyticsCodes.UNDEFINED;
        column = number(column, hasState, IndicatorSnapshotDescriptor.BARS_IN_STATE.get(snapshot, offset));
        column = field(column, snapshot, offset, IndicatorField.STATE_CONFIDENCE);
        for (int slot = 0; slot < emaPeriods.length; slot++)
        {
            column = field(column, snapshot, offset, IndicatorField.ema(slot));
        }
        for (final IndicatorField f : CORE_TAIL)
        {
            column = field(column, snapshot, offset, f);
        }
        column = text(column, AnalyticsCodes.label(AnalyticsCodes.Regime.class,
            IndicatorSnapshotDescriptor.REGIME.get(snapshot, offset)));
        for (final IndicatorField f : EXTRAS)
        {
            column = field(column, snapshot, offset, f);
        }
        column = text(column, AnalyticsCodes.label(AnalyticsCodes.MarketState.class,
            IndicatorSnapshotDescriptor.PREVIOUS_STATE.get(snapshot, offset)));
        column = text(column, AnalyticsCodes.label(AnalyticsCodes.Slope.class,
            IndicatorSnapshotDescriptor.SLOPE_TREND.get(snapshot, offset)));
        column = text(column, AnalyticsCodes.label(AnalyticsCodes.ProfileShape.class,
            IndicatorSnapshotDescriptor.PROFILE_SHAPE.get(snapshot, offset)));
        final String patterns = AnalyticsColumns.patterns(IndicatorSnapshotDescriptor.PATTERNS.get(snapshot, offset));
        if (format == Format.CSV)
        {
            // Several patterns share one cell, separated by '|' so the CSV stays one cell per column.
            text(column, patterns.replace(',', '|'));
        }
        else
        {
            key(column);
            sb.append('[');
            if (!patterns.isEmpty())
            {
                sb.append('"').append(patterns.replace(",", "\",\"")).append('"');
            }
            sb.append(']');
            sb.append('}');
        }
        out.println(sb);
        rows++;
    }

    /**
     * @return rows written.
     */
    public long rows()
    {
        return rows;
    }

    private int field(final int column, final DirectBuffer snapshot, final int offset, final IndicatorField f)
    {
        return number(column, IndicatorSnapshotDescriptor.has(snapshot, offset, f),
            IndicatorSnapshotDescriptor.value(snapshot, offset, f));
    }

    private int number(final int column, final boolean defined, final double value)
    {
        key(column);
        if (defined)
        {
            if (format == Format.CSV)
            {
                DisplayNumber.append(sb, value);
            }
            else
            {
                AnalyticsColumns.appendNumber(sb, value);
            }
        }
        else if (format == Format.JSON)
        {
            sb.append("null");
        }
        return column + 1;
    }

    private int text(final int column, final String value)
    {
        key(column);
        if (value == null || (value.isEmpty() && format == Format.JSON))
        {
            sb.append(format == Format.JSON ? "null" : "");
        }
        else if (format == Format.JSON)
        {
            sb.append('"').append(value).append('"');
        }
        else
        {
            sb.append(value);
        }
        return column + 1;
    }

    private void key(final int column)
    {
        if (format == Format.CSV)
        {
            if (column > 0)
            {
                sb.append(',');
            }
            return;
        }
        if (column > 0)
        {
            sb.append(',');
        }
        sb.append('"').append(columns.get(column)).append("\":");
    }
}
