package io.pldot.engine.cli;

import io.pldot.engine.config.ConfigException;
import io.pldot.journal.JournalLockedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code engine} launcher: one binary, one sub-command per job. Exit codes: 0 success,
 * 1 the job failed, 2 bad usage or bad configuration, 3 a replay did not reproduce its reference,
 * 4 the journal is owned by another writer.
 */
@Command(
    name = "engine",
    mixinStandardHelpOptions = true,
    version = "PLdot engine 0.1.0",
    description = {
        "Event-driven, journaled trading engine: trades go into a Chronicle Queue journal, replay through an",
        "LMAX Disruptor pipeline that builds candles, and come out as journaled outputs you can tail.",
        "Replays are bit-for-bit reproducible.",
        ""},
    subcommands = {ImportCommand.class, ReplayCommand.class, TailCommand.class, AnalyzeCommand.class, BacktestCommand.class,
        SweepCommand.class, DemoCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"",
        "Typical session:",
        "  engine import data.csv --journal j        # trades -> j/inputs",
        "  engine replay --journal j                 # j/inputs -> pipeline -> j/outputs",
        "  engine tail --journal j --type candle-closed --symbol BTCUSD",
        "  engine analyze --journal j --symbol BTCUSD --timeframe 1h   # indicators per bar, CSV",
        "  engine backtest --journal j --strategy ema-cross --report r  # metrics + report.html",
        "  engine sweep --journal j --strategy ema-cross --grid fast=5,9 --grid slow=21,30   # ranked runs",
        "",
        "Run 'engine COMMAND --help' for a command's options.",
        "",
        "Exit codes: 0 success, 1 the job failed, 2 bad usage or configuration, 3 a replay did not reproduce",
        "the recorded outputs, 4 the journal is in use by another writer (the message names its pid)."})
public final class EngineCommand implements Runnable
{
    /** Exit code of a command refused because another process owns the journal it would write. */
    public static final int EXIT_JOURNAL_LOCKED = 4;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run()
    {
        spec.commandLine().usage(System.out);
    }

    /**
     * @param args command line.
     */
    public static void main(final String[] args)
    {
        System.exit(execute(args));
    }

    /**
     * Runs a command line and returns its exit code (tests call this rather than main).
     *
     * @param args command line.
     * @return the exit code.
     */
    public static int execute(final String... args)
    {
        final CommandLine cli = new CommandLine(new EngineCommand());
        cli.setUsageHelpWidth(110);
        OptionConverters.register(cli);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
        {
            final boolean userError = ex instanceof ConfigException || ex instanceof IllegalArgumentException;
            final boolean locked = ex instanceof JournalLockedException;
            commandLine.getErr().println("error: " + ex.getMessage());
            if (!userError && !locked && Boolean.getBoolean("pldot.debug"))
            {
                ex.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().flush();
            return locked ? EXIT_JOURNAL_LOCKED : userError ? 2 : 1;
        });
        return cli.execute(args);
    }
}
