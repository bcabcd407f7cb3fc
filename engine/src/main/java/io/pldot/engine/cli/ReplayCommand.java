package io.pldot.engine.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pldot.engine.app.ProgressListener;
import io.pldot.engine.app.ReplayResult;
import io.pldot.engine.app.ReplayRunner;
import io.pldot.engine.config.EngineConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code engine replay}: runs a journal's inputs through the pipeline and journals the outputs.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = {
        "Replay a journal through the pipeline and journal the outputs.",
        "",
        "Outputs go to DIR/outputs if the journal has none yet. If it already has outputs (recorded",
        "live or by an earlier replay) they are kept as the reference, this replay writes to",
        "DIR/replay/outputs, and the summary says whether it reproduced them bit for bit.",
        "outputHash is the SHA-256 of the output records' bytes, in order: two replays of the",
        "same journal, under either threading layout, print the same hash."},
    footer = {"", "Examples:",
        "  engine replay --journal journal-data",
        "  engine replay --journal journal-data --threading shared --json | jq .outputHash"})
final class ReplayCommand implements Callable<Integer>
{
    @Mixin
    private ConfigOptions options;

    @Mixin
    private TornTailOption tornTail;

    @Option(names = "--threading", paramLabel = "LAYOUT", converter = ThreadingConverter.class,
        description = "dedicated (a thread per stage) or shared (stages fused on one thread). Default: from config.")
    private EngineConfig.Threading threading;

    @Option(names = "--out", paramLabel = "DIR", description = "Write outputs to DIR/outputs instead (replaced).")
    private Path out;

    @Option(names = "--json", description = "Print one JSON object (inputs, outputs, outputHash, elapsedMillis, " +
        "inputsPerSecond, ...) instead of the text summary.")
    private boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    private boolean quiet;

    @Override
    public Integer call() throws Exception
    {
        EngineConfig config = options.config();
        if (threading != null)
        {
            config = config.withThreading(threading);
        }
        final ReplayResult result;
        try (ProgressListener progress = ConsoleProgress.create("replay", -1, quiet || json))
        {
            result = new ReplayRunner(config, config.registry()).replay(tornTail.apply(options.journal()), out, progress);
        }
        if (json)
        {
            System.out.println(new ObjectMapper().writeValueAsString(result.toMap()));
        }
        else
        {
            System.out.print(Summaries.replay(result, config.display().timeZone()));
        }
        return Boolean.FALSE.equals(result.reproduced()) ? 3 : 0;
    }

    static final class ThreadingConverter implements picocli.CommandLine.ITypeConverter<EngineConfig.Threading>
    {
        @Override
        public EngineConfig.Threading convert(final String value)
        {
            try
            {
                return EngineConfig.Threading.parse(value);
            }
            catch (final IllegalArgumentException ex)
            {
                // picocli prints a converter's own refusal as is; any other exception with its class name.
                throw new picocli.CommandLine.TypeConversionException(ex.getMessage());
            }
        }
    }
}
