package io.pldot.engine.cli;

import io.pldot.journal.chronicle.JournalDirectory;
import io.pldot.journal.TornTail;
import picocli.CommandLine.Option;

import java.util.Locale;

/**
 * The {@code --torn-tail stop|skip} option of the commands that read a journal (a picocli mixin): what to do when a
 * queue file of the journal was cut short (see the README's Journal section). {@code stop}, the default, refuses the
 * journal, saying where it is torn and how much is lost; {@code skip} uses the records before the torn one and
 * says on stderr what is left out. Never offered by {@code import}: records appended behind a gap could not be read.
 */
public final class TornTailOption
{
    @Option(names = "--torn-tail", paramLabel = "POLICY", description = "A journal whose queue file was cut short: " +
        "stop (default: refuse it, saying where and how much is lost) or skip (use the records before the torn " +
        "one; a warning says what is left out).")
    private String policy = "stop";

    /**
     * @param journal as named on the command line.
     * @return the journal to read: itself, or its view that skips a torn tail (after warning about it on stderr).
     * @throws IllegalArgumentException when the policy is neither stop nor skip.
     */
    JournalDirectory apply(final JournalDirectory journal)
    {
        final String value = policy.trim().toLowerCase(Locale.ROOT);
        if (value.equals("stop"))
        {
            return journal;
        }
        if (!value.equals("skip"))
        {
            throw new IllegalArgumentException("--torn-tail must be stop or skip, was '" + policy + "'");
        }
        warn(journal.tornInputs(), "inputs");
        warn(journal.tornOutputs(), "outputs");
        return journal.skippingTornTail();
    }

    private static void warn(final TornTail torn, final String queue)
    {
        if (torn != null)
        {
            System.err.printf(Locale.ROOT, "warning: --torn-tail skip: the %s queue %s; using the %,d entries " +
                "before it (%,d left out)%n", queue, torn.describe(), torn.readableExcerpts() - 1,
                torn.lostExcerpts() + 1);
        }
    }
}
