package io.pldot.engine.cli;

import io.pldot.journal.chronicle.JournalDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Checks that a {@code --journal} path can be a journal before Chronicle Queue opens it: a directory
 * (or one not there yet, which import creates) whose {@code inputs/} and {@code outputs/}, where
 * present, are directories of Chronicle Queue files. Anything else (a regular file, a folder whose
 * queue files are not Chronicle's) is refused with the path and what was expected, instead of a
 * Chronicle stack trace. Only the first bytes of each queue file are read. Stateless.
 */
final class JournalPathCheck
{
    /** Every Chronicle Queue file starts with a wire header: a 4-byte length, then the field name "header". */
    private static final byte[] HEADER = {(byte) 0xB9, 0x06, 'h', 'e', 'a', 'd', 'e', 'r'};
    private static final int HEADER_OFFSET = 4;

    private JournalPathCheck()
    {
    }

    /**
     * @param option the option that gave the path, for the message (e.g. "--journal").
     * @param path   the journal directory.
     * @return the journal at that path.
     * @throws IllegalArgumentException naming the path and what a journal is, when it cannot be one.
     */
    static JournalDirectory check(final String option, final Path path)
    {
        if (Files.exists(path) && !Files.isDirectory(path))
        {
            throw new IllegalArgumentException(option + " " + path + ": is a file, not a journal directory; give a " +
                "journal (a directory holding inputs/ and outputs/), or a new directory for 'engine import' to create");
        }
        for (final String queue : new String[] {JournalDirectory.INPUTS, JournalDirectory.OUTPUTS})
        {
            final Path queueDir = path.resolve(queue);
            if (Files.exists(queueDir) && !Files.isDirectory(queueDir))
            {
                throw notAJournal(option, path, queueDir + " is a file, not a queue directory");
            }
            if (Files.isDirectory(queueDir))
            {
                checkQueueFiles(option, path, queueDir);
            }
        }
        return new JournalDirectory(path);
    }

    private static void checkQueueFiles(final String option, final Path journal, final Path queueDir)
    {
        try (Stream<Path> files = Files.list(queueDir))
        {
            for (final Path file : (Iterable<Path>) files::iterator)
            {
                final String name = file.getFileName().toString();
                if ((name.endsWith(".cq4") || name.endsWith(".cq4t")) && Files.isRegularFile(file) && !chronicleFile(file))
                {
                    throw notAJournal(option, journal, file + " is not a Chronicle Queue file");
                }
            }
        }
        catch (final IOException ex)
        {
            throw new IllegalArgumentException(option + " " + journal + ": cannot read " + queueDir + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * @return true when the file starts with a queue header, or has none written yet (empty, or zeros
     *         where the header goes: a file the queue had just created when a writer was killed).
     */
    private static boolean chronicleFile(final Path file) throws IOException
    {
        final byte[] start = new byte[HEADER_OFFSET + HEADER.length];
        final int read;
        try (InputStream in = Files.newInputStream(file))
        {
            read = in.readNBytes(start, 0, start.length);
        }
        if (read == 0)
        {
            return true;
        }
        boolean header = read == start.length;
        boolean headerZeros = read == start.length;
        boolean allZeros = true;
        for (int i = 0; i < read; i++)
        {
            allZeros &= start[i] == 0;
            if (i >= HEADER_OFFSET)
            {
                header &= start[i] == HEADER[i - HEADER_OFFSET];
                headerZeros &= start[i] == 0;
            }
        }
        return header || headerZeros || allZeros;
    }

    private static IllegalArgumentException notAJournal(final String option, final Path journal, final String why)
    {
        return new IllegalArgumentException(option + " " + journal + ": not a journal (" + why + "); a journal is the " +
            "directory 'engine import' writes, holding inputs/ and outputs/ queues");
    }
}
