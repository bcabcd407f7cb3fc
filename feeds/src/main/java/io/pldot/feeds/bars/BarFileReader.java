package io.pldot.feeds.bars;

import io.pldot.feeds.PrintableText;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads an OHLCV bars CSV: a header naming a time column ({@code date}, {@code time},
 * {@code timestamp} or {@code datetime}) and {@code open}, {@code high}, {@code low},
 * {@code close}, {@code volume} in any order and case; other columns are ignored. Times may be
 * epoch numbers (seconds, milliseconds, microseconds or nanoseconds, told apart by magnitude),
 * ISO instants with an offset, or local dates / date-times ({@code 2013-01-02},
 * {@code 2017-09-27 06:30:00}) read in the given zone. A {@code .gz} file is decompressed.
 * <p>
 * Bad rows are refused with file, line and a {@link BarRejectReason}, counted, and do not stop
 * the read; a file without the needed header is an {@link IllegalArgumentException} that says
 * which columns are missing. Off the hot path (the {@code analyze} command); allocates per row.
 * Not thread-safe.
 */
public final class BarFileReader
{
    private static final String[] TIME_COLUMNS = {"timestamp", "datetime", "date", "time", "open_time"};
    /** The value columns every bar file must have, in the order they are read. */
    private static final String[] VALUE_COLUMNS = {"open", "high", "low", "close", "volume"};
    private static final DateTimeFormatter LOCAL_DATE_TIME = new DateTimeFormatterBuilder()
        .append(DateTimeFormatter.ISO_LOCAL_DATE)
        .optionalStart().appendLiteral('T').optionalEnd()
        .optionalStart().appendLiteral(' ').optionalEnd()
        .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
        .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
        .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
        .optionalEnd()
        .toFormatter(Locale.ROOT);

    private final ZoneId zone;

    /**
     * @param zone in which local dates and times are read (UTC for most data sets).
     */
    public BarFileReader(final ZoneId zone)
    {
        this.zone = zone;
    }

    /**
     * Reads every row of {@code file}, passing accepted bars to {@code listener}.
     *
     * @param file     the CSV (or .csv.gz).
     * @param listener receives the bars in order.
     * @return what was accepted and refused.
     * @throws IOException              when the file cannot be read.
     * @throws IllegalArgumentException when the header lacks a needed column.
     */
    public BarFileReport read(final Path file, final BarListener listener) throws IOException
    {
        try (InputStream raw = Files.newInputStream(file);
            InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)))
        {
            return read(file.toString(), reader, listener);
        }
    }

    /**
     * Reads bars from text already open.
     *
     * @param name     of the source, for messages.
     * @param reader   the CSV text; not closed.
     * @param listener receives the bars in order.
     * @return what was accepted and refused.
     * @throws IOException              from the reader.
     * @throws IllegalArgumentException when the header lacks a needed column.
     */
    public BarFileReport read(final String name, final BufferedReader reader, final BarListener listener)
        throws IOException
    {
        final BarFileReport report = new BarFileReport(name);
        String header = reader.readLine();
        if (header == null)
        {
            throw new IllegalArgumentException(name + ": empty file; expected a header such as " +
                "date,open,high,low,close,volume");
        }
        if (!header.isEmpty() && header.charAt(0) == '\uFEFF')
        {
            header = header.substring(1);
        }
        final Columns columns = Columns.of(name, header);
        final double[] values = new double[VALUE_COLUMNS.length];
        long lineNumber = 1;
        long previousTime = Long.MIN_VALUE;
        String line;
        while ((line = reader.readLine()) != null)
        {
            lineNumber++;
            if (line.isBlank())
            {
                continue;
            }
            final String[] fields = line.split(",", -1);
            if (fields.length != columns.count)
            {
                report.reject(BarRejectReason.MALFORMED, lineNumber,
                    fields.length + " fields, header has " + columns.count + ": " + quote(line));
                continue;
            }
            final long time;
            // Which column is being read, for the message: the exceptions' own texts are Java's, not the user's.
            String column = "time";
            String field = fields[columns.time];
            try
            {
                time = parseTime(field.trim());
                for (int c = 0; c < VALUE_COLUMNS.length; c++)
                {
                    column = VALUE_COLUMNS[c];
                    field = fields[columns.values[c]];
                    values[c] = parseNumber(field);
                }
            }
            catch (final NumberFormatException | DateTimeException | ArithmeticException ex)
            {
                final String expected = ex instanceof ArithmeticException ? "is out of range" :
                    column.equals("time") ? "is not a time (epoch number, ISO instant or local date-time)" :
                    "is not a number";
                report.reject(BarRejectReason.MALFORMED, lineNumber, column + " " + quote(field) + " " + expected +
                    ": " + quote(line));
                continue;
            }
            final double open = values[0];
            final double high = values[1];
            final double low = values[2];
            final double close = values[3];
            final double volume = values[4];
            final BarRejectReason reason = check(time, previousTime, open, high, low, close, volume);
            if (reason != null)
            {
                report.reject(reason, lineNumber, quote(line));
                continue;
            }
            previousTime = time;
            report.accept();
            listener.onBar(time, open, high, low, close, volume);
        }
        return report;
    }

    private static BarRejectReason check(
        final long time,
        final long previousTime,
        final double open,
        final double high,
        final double low,
        final double close,
        final double volume)
    {
        if (!Double.isFinite(open) || !Double.isFinite(high) || !Double.isFinite(low) || !Double.isFinite(close) ||
            !Double.isFinite(volume))
        {
            return BarRejectReason.NON_FINITE;
        }
        if (open <= 0 || high <= 0 || low <= 0 || close <= 0)
        {
            return BarRejectReason.NON_POSITIVE_PRICE;
        }
        if (volume < 0)
        {
            return BarRejectReason.NEGATIVE_VOLUME;
        }
        if (high < low || high < open || high < close || low > open || low > close)
        {
            return BarRejectReason.INCONSISTENT_RANGE;
        }
        if (time <= previousTime)
        {
            return BarRejectReason.TIME_NOT_INCREASING;
        }
        return null;
    }

    private static double parseNumber(final String text)
    {
        final String trimmed = text.trim();
        if (trimmed.isEmpty())
        {
            throw new NumberFormatException("empty number");
        }
        // Double.parseDouble accepts "NaN" and "Infinity": they are refused as NON_FINITE by check().
        return Double.parseDouble(trimmed);
    }

    /**
     * @param text a time field.
     * @return epoch nanoseconds.
     */
    long parseTime(final String text)
    {
        if (text.isEmpty())
        {
            throw new DateTimeException("empty time");
        }
        if (isDigits(text))
        {
            final long value = Long.parseLong(text);
            if (value < 100_000_000_000L)
            {
                return Math.multiplyExact(value, 1_000_000_000L);
            }
            if (value < 100_000_000_000_000L)
            {
                return Math.multiplyExact(value, 1_000_000L);
            }
            if (value < 100_000_000_000_000_000L)
            {
                return Math.multiplyExact(value, 1_000L);
            }
            return value;
        }
        final Instant instant;
        if (text.length() == 10)
        {
            instant = LocalDate.parse(text).atStartOfDay(zone).toInstant();
        }
        else if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$"))
        {
            instant = OffsetDateTime.parse(text.replace(' ', 'T')).toInstant();
        }
        else
        {
            instant = LocalDateTime.parse(text, LOCAL_DATE_TIME).atZone(zone).toInstant();
        }
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    private static boolean isDigits(final String text)
    {
        for (int i = 0; i < text.length(); i++)
        {
            if (text.charAt(i) < '0' || text.charAt(i) > '9')
            {
                return false;
            }
        }
        return true;
    }

    private static String quote(final String line)
    {
        return "'" + PrintableText.of(line.length() > 80 ? line.substring(0, 80) + "..." : line) + "'";
    }

    /** Where each needed column sits in the header: the time, then {@link #VALUE_COLUMNS} in their order. */
    private record Columns(int count, int time, int[] values)
    {
        static Columns of(final String name, final String header)
        {
            final String[] names = header.split(",", -1);
            for (int i = 0; i < names.length; i++)
            {
                names[i] = names[i].trim().toLowerCase(Locale.ROOT);
            }
            int time = -1;
            for (final String candidate : TIME_COLUMNS)
            {
                time = time >= 0 ? time : indexOf(names, candidate);
            }
            final StringBuilder missing = new StringBuilder();
            if (time < 0)
            {
                missing.append(" date|time|timestamp");
            }
            final int[] values = new int[VALUE_COLUMNS.length];
            for (int c = 0; c < VALUE_COLUMNS.length; c++)
            {
                values[c] = indexOf(names, VALUE_COLUMNS[c]);
                if (values[c] < 0)
                {
                    missing.append(' ').append(VALUE_COLUMNS[c]);
                }
            }
            if (missing.length() > 0)
            {
                throw new IllegalArgumentException(name + ":1: bars header '" + header + "' lacks column(s):" + missing +
                    " (expected e.g. date,open,high,low,close,volume)");
            }
            return new Columns(names.length, time, values);
        }

        private static int indexOf(final String[] names, final String wanted)
        {
            for (int i = 0; i < names.length; i++)
            {
                if (names[i].equals(wanted))
                {
                    return i;
                }
            }
            return -1;
        }
    }
}
