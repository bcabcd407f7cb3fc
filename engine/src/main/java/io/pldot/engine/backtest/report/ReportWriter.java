package io.pldot.engine.backtest.report;

import io.pldot.engine.backtest.metrics.BacktestResults;
import io.pldot.journal.OwnedFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes every report of a backtest into one directory: {@code report.json}, {@code report.md} and
 * {@code report.html}.
 * <p>
 * Stateless; thread-safe.
 */
public final class ReportWriter
{
    /**
     * A report folder the engine created (marked {@code .pldot-report}), or one older versions wrote: only the three
     * report files.
     */
    public static final OwnedFolder FOLDER = new OwnedFolder(".pldot-report", "report folder", ReportWriter::onlyReports);

    private static final Set<String> FILES =
        Set.of(JsonReportWriter.FILE_NAME, MarkdownReportWriter.FILE_NAME, HtmlReportWriter.FILE_NAME);

    private final JsonReportWriter json = new JsonReportWriter();
    private final MarkdownReportWriter markdown = new MarkdownReportWriter();
    private final HtmlReportWriter html = new HtmlReportWriter();

    /**
     * @param results   backtest results.
     * @param directory report directory, created (and marked as ours) if needed; existing reports in it are
     *                  replaced, other files are left alone.
     * @return the files written, JSON, Markdown then HTML.
     * @throws IOException if a file cannot be written.
     */
    public List<Path> writeAll(final BacktestResults results, final Path directory) throws IOException
    {
        FOLDER.claim(directory);
        return List.of(
            json.write(results, directory),
            markdown.write(results, directory),
            html.write(results, directory));
    }

    /**
     * Checks, before a run, that {@link #writeAll} will be able to write into the folder: it is a folder (or can be
     * created as one) that this process may write to, and none of the report names is taken by a folder.
     *
     * @param directory the report folder the user named.
     * @param option    how the user named it (e.g. {@code --report}), for the message.
     * @throws IllegalArgumentException naming the path and the problem.
     */
    public static void requireWritable(final Path directory, final String option)
    {
        final Path dir = directory.toAbsolutePath().normalize();
        if (Files.exists(dir))
        {
            if (!Files.isDirectory(dir))
            {
                throw new IllegalArgumentException(option + " " + directory + " is a file; give a folder: report.json, "
                    + "report.md and report.html are written into it");
            }
            if (!Files.isWritable(dir))
            {
                throw new IllegalArgumentException(option + " " + directory + ": the folder is not writable");
            }
            for (final String name : FILES)
            {
                if (Files.isDirectory(dir.resolve(name), LinkOption.NOFOLLOW_LINKS))
                {
                    throw new IllegalArgumentException(option + " " + directory + ": " + dir.resolve(name)
                        + " is a folder, so the report of that name cannot be written");
                }
            }
            return;
        }
        // Created on write: the nearest existing ancestor must be a writable folder.
        Path ancestor = dir.getParent();
        while (ancestor != null && !Files.exists(ancestor))
        {
            ancestor = ancestor.getParent();
        }
        if (ancestor == null)
        {
            throw new IllegalArgumentException(option + " " + directory + ": no existing folder to create it in");
        }
        if (!Files.isDirectory(ancestor))
        {
            throw new IllegalArgumentException(option + " " + directory + ": cannot create it, " + ancestor
                + " is a file, not a folder");
        }
        if (!Files.isWritable(ancestor))
        {
            throw new IllegalArgumentException(option + " " + directory + ": cannot create it, " + ancestor
                + " is not writable");
        }
    }

    private static boolean onlyReports(final Path dir)
    {
        try (Stream<Path> entries = Files.list(dir))
        {
            return entries.allMatch(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                && FILES.contains(p.getFileName().toString()));
        }
        catch (final IOException ex)
        {
            return false;
        }
    }
}
