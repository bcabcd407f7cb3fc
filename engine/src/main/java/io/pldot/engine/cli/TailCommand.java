package io.pldot.engine.cli;

import io.pldot.engine.app.JournalTail;
import io.pldot.engine.config.EngineConfig;
import io.pldot.journal.chronicle.JournalDirectory;
import io.pldot.journal.format.RecordFormatter;
import io.pldot.journal.instrument.Instrument;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import org.agrona.DirectBuffer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code engine tail}: shows a journal's records, inputs and the outputs they caused, in
 * sequence order, as text or JSON lines; optionally follows a journal another process writes.
 */
@Command(name = "tail", mixinStandardHelpOptions = true,
    description = {
        "Show journal records: inputs and the outputs they caused, in sequence order.",
        "",
        "Text lines for people, or --json for one JSON object per line (pipe into jq).",
        "Prices and quantities print as exact decimals; JSON carries them as strings."},
    footer = {"", "Record types: " + "trade-tick, timer, feed-status, candle-closed, input-rejected", "",
        "Examples:",
        "  engine tail --journal journal-data -n 20",
        "  engine tail --journal journal-data --type candle-closed --symbol BTCUSD",
        "  engine tail --journal journal-data --follow --json | jq 'select(.type==\"candle-closed\")'"})
final class TailCommand implements Callable<Integer>
{
    @Mixin
    private ConfigOptions options;

    @Mixin
    private TornTailOption tornTail;

    @Option(names = {"-f", "--follow"}, description = "Keep reading as records are appended (Ctrl-C to stop).")
    private boolean follow;

    @Option(names = "--type", paramLabel = "T", split = ",",
        description = "Only these record types (repeatable or comma-separated).")
    private List<String> types = new ArrayList<>();

    @Option(names = "--symbol", paramLabel = "S", split = ",",
        description = "Only records of these symbols (repeatable or comma-separated).")
    private List<String> symbols = new ArrayList<>();

    @Option(names = "--json", description = "One JSON object per line.")
    private boolean json;

    @Option(names = {"-n", "--lines"}, paramLabel = "N",
        description = "Show only the last N matching records (then follow, with --follow). Default: all.")
    private Integer lines;

    @Option(names = "--stream", paramLabel = "WHICH", description = "all (default), inputs or outputs.")
    private String stream = "all";

    @Option(names = "--poll-ms", paramLabel = "MS", hidden = true, description = "Follow poll interval.")
    private long pollMillis = 50;

    private boolean interrupted;

    @Override
    public Integer call() throws Exception
    {
        final EngineConfig config = options.config();
        final InstrumentRegistry registry = config.registry();
        final boolean[] typeFilter = typeFilter();
        final int[] idFilter = symbolFilter(registry);
        final boolean inputs = !stream.equalsIgnoreCase("outputs");
        final boolean outputs = !stream.equalsIgnoreCase("inputs");
        if (!stream.equalsIgnoreCase("all") && !stream.equalsIgnoreCase("inputs") && !stream.equalsIgnoreCase("outputs"))
        {
            throw new IllegalArgumentException("--stream must be all, inputs or outputs, was '" + stream + "'");
        }
        if (lines != null && lines < 0)
        {
            throw new IllegalArgumentException("-n must be 0 or more (how many of the last records to show), was " +
                lines);
        }
        final JournalDirectory journal = tornTail.apply(options.journal());
        final RecordFormatter formatter = new RecordFormatter(registry, ZoneId.of(config.display().timeZone()));
        final PrintWriter out = new PrintWriter(new BufferedWriter(
            new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
        try (JournalTail tail = new JournalTail(journal, inputs, outputs))
        {
            if (tail.empty() && !follow)
            {
                throw new IllegalArgumentException("no journal at " + journal.root() +
                    " (expected inputs/ or outputs/ queues); create one with 'engine import'");
            }
            final ArrayDeque<String> last = lines != null ? new ArrayDeque<>() : null;
            int length;
            while ((length = tail.next()) > 0)
            {
                final DirectBuffer record = tail.buffer();
                if (matches(record, typeFilter, idFilter))
                {
                    final String line = json ? formatter.toJson(record, 0) : formatter.toText(record, 0);
                    if (last == null)
                    {
                        out.println(line);
                    }
                    else
                    {
                        last.addLast(line);
                        if (last.size() > lines)
                        {
                            last.removeFirst();
                        }
                    }
                }
            }
            if (last != null)
            {
                last.forEach(out::println);
            }
            out.flush();
            while (follow)
            {
                if (Thread.interrupted())
                {
                    interrupted = true;
                    break;
                }
                length = tail.next();
                if (length == 0)
                {
                    out.flush();
                    if (!pause())
                    {
                        break;
                    }
                    continue;
                }
                final DirectBuffer record = tail.buffer();
                if (matches(record, typeFilter, idFilter))
                {
                    out.println(json ? formatter.toJson(record, 0) : formatter.toText(record, 0));
                }
            }
        }
        out.flush();
        if (interrupted)
        {
            // Restored only now, after the journal readers are closed, for whoever runs this thread.
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * Waits one poll interval; an interrupt ends following cleanly rather than as an error.
     *
     * @return false when the thread was interrupted.
     */
    private boolean pause()
    {
        try
        {
            Thread.sleep(pollMillis);
            return true;
        }
        catch (final InterruptedException ex)
        {
            interrupted = true;
            return false;
        }
    }

    private boolean[] typeFilter()
    {
        if (types.isEmpty())
        {
            return null;
        }
        final boolean[] allowed = new boolean[256];
        for (final String name : types)
        {
            allowed[RecordType.parse(name).typeId() & 0xFF] = true;
        }
        return allowed;
    }

    private int[] symbolFilter(final InstrumentRegistry registry)
    {
        if (symbols.isEmpty())
        {
            return null;
        }
        final int[] ids = new int[symbols.size()];
        for (int i = 0; i < ids.length; i++)
        {
            final Instrument instrument = registry.bySymbol(symbols.get(i));
            if (instrument == null)
            {
                throw new IllegalArgumentException(registry.unknownSymbolMessage(symbols.get(i)));
            }
            ids[i] = instrument.id();
        }
        return ids;
    }

    private static boolean matches(final DirectBuffer record, final boolean[] typeFilter, final int[] idFilter)
    {
        if (typeFilter != null && !typeFilter[RecordHeaderDescriptor.typeId(record, 0) & 0xFF])
        {
            return false;
        }
        if (idFilter == null)
        {
            return true;
        }
        final int id = RecordFormatter.instrumentId(record, 0);
        for (final int wanted : idFilter)
        {
            if (wanted == id)
            {
                return true;
            }
        }
        return false;
    }
}
