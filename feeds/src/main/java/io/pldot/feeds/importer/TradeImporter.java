package io.pldot.feeds.importer;

import io.pldot.journal.JournalAppender;
import io.pldot.journal.chronicle.JournalDirectory;
import io.pldot.journal.JournalLock;
import io.pldot.journal.JournalLockedException;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.TradeTickDescriptor;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports trade files into a journal's inputs queue as TradeTick records.
 * <p>
 * One run ({@link #importSources}) scans the inputs queue once ({@link TradeHistory}), continues
 * the sequence from {@link JournalDirectory#lastInputSequence()} + 1, then reads each source in
 * order: detects or creates its {@link TradeFileFormat}, parses each row, checks it against the
 * history (duplicate trade id, time going backwards) and appends it. A bad row is rejected with a
 * counted reason and a {@code file:line} message and the import carries on; a file that cannot be
 * read as trades at all stops the run with a {@link TradeImportException} (see there).
 * <p>
 * Re-importing a file appends nothing: every trade id it holds is already in the journal, so each
 * row is rejected as {@link ImportRejectReason#DUPLICATE_TRADE_ID}. The appender is opened only
 * when the first row is accepted, so a run that accepts nothing does not create a journal.
 * <p>
 * Not thread-safe. A run owns the journal ({@link JournalLock}) from before its scan to its end,
 * since sequences and the duplicate check are based on that scan: a run started while another
 * writer (another import, the live engine) owns the journal is refused with a
 * {@link JournalLockedException} naming the owner, before it reads anything.
 */
public final class TradeImporter
{
    /** Default tolerance for event time going backwards within one instrument. */
    public static final Duration DEFAULT_TIME_BACKWARDS_TOLERANCE = Duration.ofSeconds(1);
    /** Default largest forward jump of event time, within one instrument, taken without a neighbour's word. */
    public static final Duration DEFAULT_MAX_FORWARD_JUMP = Duration.ofHours(1);
    /** Default number of rejection messages kept per file in the report. */
    public static final int DEFAULT_MAX_MESSAGES_PER_FILE = 20;
    /** Longest line read whole; longer lines are rejected as MALFORMED without holding them in memory. */
    public static final int MAX_LINE_LENGTH = 4096;

    private final JournalDirectory journal;
    private final InstrumentRegistry registry;
    private final long toleranceNanos;
    private final long maxForwardJumpNanos;
    private final int maxMessagesPerFile;
    private final RejectListener listener;
    /** The row being decided; swapped with {@link #lookahead} so each line is parsed exactly once. */
    private ParsedTrade trade = new ParsedTrade();
    /** The row after a forward jump, parsed to judge the jump, then processed as the next row. */
    private ParsedTrade lookahead = new ParsedTrade();
    /** Whether {@link #lookahead} holds a parsed row not processed yet, with its parse result and line. */
    private boolean lookaheadPending;
    private ImportRejectReason lookaheadReason;
    private long lookaheadLine;
    /** By instrument index: whether the current source has had a row of it accepted. */
    private boolean[] acceptedInSource;
    private final UnsafeBuffer record = new UnsafeBuffer(new byte[TradeTickDescriptor.LENGTH]);

    // State of the current run.
    private TradeHistory history;
    private JournalAppender appender;
    private long nextSequence;

    /**
     * An importer with the default tolerance (1 s), 20 messages per file and no listener.
     *
     * @param journal  whose inputs queue receives the trades.
     * @param registry instruments that may be imported.
     */
    public TradeImporter(final JournalDirectory journal, final InstrumentRegistry registry)
    {
        this(journal, registry, DEFAULT_TIME_BACKWARDS_TOLERANCE, DEFAULT_MAX_MESSAGES_PER_FILE, RejectListener.NONE);
    }

    /**
     * An importer with the default maximum forward jump (1 h).
     *
     * @param journal                whose inputs queue receives the trades.
     * @param registry               instruments that may be imported.
     * @param timeBackwardsTolerance how far a trade's tsEvent may fall behind the latest accepted tsEvent of its
     *                               instrument and still be accepted as is; further back is TIME_BACKWARDS.
     * @param maxMessagesPerFile     rejection messages kept per file in the report.
     * @param listener               told of every rejection as it happens.
     */
    public TradeImporter(
        final JournalDirectory journal,
        final InstrumentRegistry registry,
        final Duration timeBackwardsTolerance,
        final int maxMessagesPerFile,
        final RejectListener listener)
    {
        this(journal, registry, timeBackwardsTolerance, DEFAULT_MAX_FORWARD_JUMP, maxMessagesPerFile, listener);
    }

    /**
     * @param journal                whose inputs queue receives the trades.
     * @param registry               instruments that may be imported.
     * @param timeBackwardsTolerance how far a trade's tsEvent may fall behind the latest accepted tsEvent of its
     *                               instrument and still be accepted as is; further back is TIME_BACKWARDS.
     * @param maxForwardJump         how far a trade's tsEvent may jump ahead of the latest accepted tsEvent of its
     *                               instrument on its own word: a longer jump is kept only when the file's next row
     *                               of that instrument stays near it (a real gap); otherwise the row is refused as
     *                               FUTURE_JUMP, so one corrupt timestamp cannot turn every later row into
     *                               TIME_BACKWARDS.
     * @param maxMessagesPerFile     rejection messages kept per file in the report.
     * @param listener               told of every rejection as it happens.
     */
    public TradeImporter(
        final JournalDirectory journal,
        final InstrumentRegistry registry,
        final Duration timeBackwardsTolerance,
        final Duration maxForwardJump,
        final int maxMessagesPerFile,
        final RejectListener listener)
    {
        if (timeBackwardsTolerance.isNegative())
        {
            throw new IllegalArgumentException("timeBackwardsTolerance must be >= 0, was " + timeBackwardsTolerance);
        }
        if (maxForwardJump.isNegative() || maxForwardJump.isZero())
        {
            throw new IllegalArgumentException("maxForwardJump must be > 0, was " + maxForwardJump);
        }
        if (maxMessagesPerFile < 0)
        {
            throw new IllegalArgumentException("maxMessagesPerFile must be >= 0, was " + maxMessagesPerFile);
        }
        this.journal = journal;
        this.registry = registry;
        this.toleranceNanos = timeBackwardsTolerance.toNanos();
        this.maxForwardJumpNanos = maxForwardJump.toNanos();
        this.maxMessagesPerFile = maxMessagesPerFile;
        this.listener = listener;
    }

    /**
     * @param file    to import.
     * @param options format and symbol choices.
     * @return the report.
     * @throws TradeImportException when the file cannot be imported at all.
     */
    public ImportReport importFile(final Path file, final ImportOptions options)
    {
        return importSources(List.of(TradeSource.of(file)), options);
    }

    /**
     * @param files   to import, in order.
     * @param options format and symbol choices, for every file.
     * @return the report.
     * @throws TradeImportException at the first file that cannot be imported at all.
     */
    public ImportReport importFiles(final List<Path> files, final ImportOptions options)
    {
        final List<TradeSource> sources = new ArrayList<>(files.size());
        for (final Path file : files)
        {
            sources.add(TradeSource.of(file));
        }
        return importSources(sources, options);
    }

    /**
     * @param reader      the text of a trade file; closed on return.
     * @param displayName for messages (and, for Binance dumps, the symbol).
     * @param options     format and symbol choices.
     * @return the report.
     * @throws TradeImportException when the text cannot be imported at all.
     */
    public ImportReport importReader(final Reader reader, final String displayName, final ImportOptions options)
    {
        return importSources(List.of(TradeSource.of(displayName, reader)), options);
    }

    /**
     * Imports several sources in one run (one journal scan, one appender).
     *
     * @param sources to import, in order.
     * @param options format and symbol choices, for every source.
     * @return the report, one entry per source.
     * @throws TradeImportException at the first source that cannot be imported at all; it carries the partial report.
     */
    public ImportReport importSources(final List<TradeSource> sources, final ImportOptions options)
    {
        final List<FileImportReport> reports = new ArrayList<>(sources.size());
        // Owned before the scan: the history and the next sequence hold only while no one else appends.
        final JournalLock lock = journal.lock("import");
        try
        {
            history = TradeHistory.load(journal, registry);
            nextSequence = journal.lastInputSequence() + 1;
            for (final TradeSource source : sources)
            {
                final FileImportStats stats = new FileImportStats(maxMessagesPerFile, options.format());
                try
                {
                    importSource(source, options, stats);
                    reports.add(stats.toReport(source.displayName()));
                }
                catch (final IOException | UncheckedIOException | IllegalArgumentException ex)
                {
                    reports.add(stats.toReport(source.displayName()));
                    final String message = ex instanceof IOException ?
                        source.displayName() + ": cannot read: " + ex.getMessage() : ex.getMessage();
                    throw new TradeImportException(message, ex, new ImportReport(reports));
                }
            }
        }
        finally
        {
            if (appender != null)
            {
                appender.close();
                appender = null;
            }
            history = null;
            lock.close();
        }
        return new ImportReport(reports);
    }

    private void importSource(final TradeSource source, final ImportOptions options, final FileImportStats stats)
        throws IOException
    {
        final String name = source.displayName();
        try (Reader reader = source.open())
        {
            final LineReader lines = new LineReader(reader, MAX_LINE_LENGTH);
            boolean found = false;
            while (!found && lines.next())
            {
                found = !lines.blank();
            }
            if (!found)
            {
                return; // An empty file has no rows: nothing to import, nothing to reject.
            }
            // Quotes around header names (RFC 4180, as spreadsheets export) do not change what the header says.
            final String firstLine = trimBlanks(lines.line().toString().replace("\"", ""));
            final TradeFileFormat format = options.autoDetect() ?
                TradeFileFormats.detect(firstLine, name) : TradeFileFormats.create(options.format());
            stats.format(format.name());
            format.begin(name, registry, options);
            lookaheadPending = false;
            acceptedInSource = new boolean[registry.size()];
            if (!format.matchesHeader(firstLine))
            {
                importRow(format, lines, name, stats, parse(format, lines, trade, stats), lines.lineNumber());
            }
            while (true)
            {
                if (lookaheadPending)
                {
                    lookaheadPending = false;
                    final ParsedTrade next = lookahead;
                    lookahead = trade;
                    trade = next;
                    importRow(format, lines, name, stats, lookaheadReason, lookaheadLine);
                }
                else if (!lines.next())
                {
                    break;
                }
                else if (!lines.blank())
                {
                    // Blank lines (a trailing empty line, a separator) carry no trade, so they are not rows.
                    importRow(format, lines, name, stats, parse(format, lines, trade, stats), lines.lineNumber());
                }
            }
        }
    }

    /** Parses the reader's current line into {@code into}: the row's reason for refusal, or null. */
    private ImportRejectReason parse(
        final TradeFileFormat format, final LineReader lines, final ParsedTrade into, final FileImportStats stats)
    {
        stats.rowRead();
        into.reset();
        if (lines.overlong())
        {
            return into.reject(ImportRejectReason.MALFORMED, "line longer than " + MAX_LINE_LENGTH + " characters");
        }
        return format.parse(lines.line(), lines.lineNumber(), into);
    }

    private void importRow(
        final TradeFileFormat format,
        final LineReader lines,
        final String name,
        final FileImportStats stats,
        final ImportRejectReason parseReason,
        final long lineNumber) throws IOException
    {
        ImportRejectReason reason = parseReason;
        final int index = reason == null ? registry.indexOf(trade.instrument().id()) : InstrumentRegistry.MISSING_INDEX;
        if (reason == null)
        {
            reason = checkHistory(index);
        }
        if (reason == null)
        {
            reason = checkForwardJump(format, lines, index, stats);
        }
        if (reason != null)
        {
            final boolean wantMessage = stats.rejected(reason);
            if (wantMessage || listener != RejectListener.NONE)
            {
                final Rejection rejection = new Rejection(name, lineNumber, reason, trade.rejectDetail());
                stats.message(rejection.message());
                listener.onReject(rejection);
            }
            return;
        }
        append(index, stats);
    }

    /**
     * A row far ahead of its instrument's latest accepted time is judged by the file's next row. A next row of the
     * same instrument back near the earlier time shows a corrupt time: the row is refused as FUTURE_JUMP. One that
     * stays near the jump shows a real gap in trading: the row is kept. With no such evidence (no next row, a next
     * row of another instrument, or a refused one) the row is refused when the jump is from an earlier row of the
     * same file, and kept when it is from the journal (a file of a later day, maybe of one row). Refusing one real
     * row costs one reported row; keeping a corrupt one would refuse every later row of the instrument as
     * TIME_BACKWARDS, in this import and the next ones.
     */
    private ImportRejectReason checkForwardJump(
        final TradeFileFormat format, final LineReader lines, final int index, final FileImportStats stats)
        throws IOException
    {
        final long latest = history.latestTsEvent(index);
        if (latest == TradeHistory.NO_TRADE || trade.tsEvent() - latest <= maxForwardJumpNanos)
        {
            return null;
        }
        if (!lookaheadPending)
        {
            peek(format, lines, stats);
        }
        final boolean evidence = lookaheadPending && lookaheadReason == null &&
            lookahead.instrument().id() == trade.instrument().id();
        if (evidence ? trade.tsEvent() - lookahead.tsEvent() <= toleranceNanos : !acceptedInSource[index])
        {
            return null;
        }
        final String next = !lookaheadPending ? "no later row confirms the gap" : lookaheadReason != null ?
            "the next row (line " + lookaheadLine + "), refused itself, cannot confirm the gap" :
            lookahead.instrument().id() != trade.instrument().id() ?
            "the next row (line " + lookaheadLine + ") is of " + lookahead.instrument().symbol() +
                " and cannot confirm the gap" :
            "the next row (line " + lookaheadLine + ") is back at " + instant(lookahead.tsEvent()) +
                ": a corrupt time, not a gap";
        return trade.reject(ImportRejectReason.FUTURE_JUMP, "tsEvent " + instant(trade.tsEvent()) + " is " +
            Duration.ofNanos(trade.tsEvent() - latest) + " after the latest accepted " + trade.instrument().symbol() +
            " trade at " + instant(latest) + " (import.maxForwardJump " + Duration.ofNanos(maxForwardJumpNanos) +
            "), and " + next);
    }

    /** Reads and parses the next non-blank line into {@link #lookahead}, if there is one. */
    private void peek(final TradeFileFormat format, final LineReader lines, final FileImportStats stats)
        throws IOException
    {
        while (lines.next())
        {
            if (!lines.blank())
            {
                lookaheadReason = parse(format, lines, lookahead, stats);
                lookaheadLine = lines.lineNumber();
                lookaheadPending = true;
                return;
            }
        }
    }

    private ImportRejectReason checkHistory(final int index)
    {
        if (history.contains(index, trade.venueTradeId()))
        {
            return trade.reject(ImportRejectReason.DUPLICATE_TRADE_ID, "trade id " + trade.venueTradeId() + " of " +
                trade.instrument().symbol() + " is already in the journal or earlier in this import");
        }
        final long latest = history.latestTsEvent(index);
        if (latest != TradeHistory.NO_TRADE && latest - trade.tsEvent() > toleranceNanos)
        {
            return trade.reject(ImportRejectReason.TIME_BACKWARDS, "tsEvent " + instant(trade.tsEvent()) + " is " +
                Duration.ofNanos(latest - trade.tsEvent()) + " before the latest accepted " +
                trade.instrument().symbol() + " trade at " + instant(latest) + " (tolerance " +
                Duration.ofNanos(toleranceNanos) + ")");
        }
        return null;
    }

    private void append(final int index, final FileImportStats stats)
    {
        if (appender == null)
        {
            appender = journal.openInputAppender();
        }
        final long sequence = nextSequence++;
        final int length = TradeTickDescriptor.encode(record, 0, sequence, trade.tsEvent(), trade.tsRecv(),
            trade.instrument().id(), trade.side(), trade.price(), trade.quantity(), trade.venueTradeId());
        appender.append(record, 0, length);
        history.add(index, trade.venueTradeId(), trade.tsEvent());
        acceptedInSource[index] = true;
        stats.accepted(trade.tsEvent(), sequence);
    }

    /** Trims spaces and tabs only: control bytes of a binary file stay, to be shown escaped in its message. */
    private static String trimBlanks(final String text)
    {
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == ' ' || text.charAt(start) == '\t'))
        {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t'))
        {
            end--;
        }
        return text.substring(start, end);
    }

    private static Instant instant(final long epochNanos)
    {
        return Instant.ofEpochSecond(0, epochNanos);
    }
}
