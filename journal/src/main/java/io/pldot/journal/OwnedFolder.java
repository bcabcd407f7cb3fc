package io.pldot.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * One kind of folder the engine creates and may later delete and recreate (a journal, a report folder, a work
 * folder), and the rule that keeps it from deleting anything else.
 * <p>
 * A folder is <em>ours</em> when it holds this kind's marker file (written by {@link #claim(Path)} when the engine
 * creates the folder or finds it empty), or when its content matches what older versions wrote before markers
 * existed (the kind's legacy rule, e.g. a journal holding only Chronicle queues). {@link #delete(Path, String)}
 * deletes a missing, empty or own folder and refuses any other with a message naming the folder and what to do:
 * the engine never deletes what the user did not give it to delete.
 * <p>
 * {@link #JOURNAL} lives here with the journal layout; other kinds are declared beside the code that writes their
 * folders. Immutable; safe from any thread (the file system checks are not atomic with the deletion: a file
 * written between the check and the deletion of an own folder is deleted with it).
 */
public final class OwnedFolder
{
    /** Name of a journal's inbound queue folder. */
    public static final String INPUTS = "inputs";
    /** Name of a journal's output queue folder. */
    public static final String OUTPUTS = "outputs";

    /** A journal: {@code inputs/}, {@code outputs/} and the folders replays and backtests add. */
    public static final OwnedFolder JOURNAL = new OwnedFolder(".pldot-journal", "journal", OwnedFolder::isLegacyJournal);

    /** Folders a journal made by an older version may hold beside its queues: journals or work folders of ours. */
    private static final List<String> NESTED = List.of("replay", "backtest", "sweep");

    private final String markerName;
    private final String kind;
    private final Predicate<Path> legacy;

    /**
     * @param markerName file name of the marker (a dot file, so listings stay quiet).
     * @param kind       what the folder is, for messages ("journal", "report folder").
     * @param legacy     true for a non-empty folder without a marker that older versions wrote and that is safe to
     *                   delete; called only on existing directories.
     */
    public OwnedFolder(final String markerName, final String kind, final Predicate<Path> legacy)
    {
        this.markerName = markerName;
        this.kind = kind;
        this.legacy = legacy;
    }

    /**
     * @return the marker's file name.
     */
    public String markerName()
    {
        return markerName;
    }

    /**
     * Creates the folder if needed and marks it ours, unless it already holds things that are not ours (then it is
     * left unmarked, so it is never deleted wholesale).
     *
     * @param dir the folder.
     * @return true when the folder is ours (marked now or before, or a legacy one, now marked).
     */
    public boolean claim(final Path dir)
    {
        try
        {
            Files.createDirectories(dir);
            if (Files.exists(dir.resolve(markerName)))
            {
                return true;
            }
            if (!isEmpty(dir) && !legacy.test(dir))
            {
                return false;
            }
            Files.writeString(dir.resolve(markerName), "Created by the PLdot engine, which may delete and recreate "
                + "this " + kind + ".\n");
            return true;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot create " + dir + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * @param dir a path.
     * @return true when it is a directory holding this kind's marker, or a legacy folder of this kind.
     */
    public boolean isOurs(final Path dir)
    {
        return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
            && (Files.exists(dir.resolve(markerName)) || legacy.test(dir));
    }

    /**
     * Checks, without deleting, that {@link #delete(Path, String)} would delete the folder.
     *
     * @param dir    the folder.
     * @param option how the user named it, for the message (e.g. {@code --demo-journal}).
     * @throws IllegalArgumentException when the path is a file, or a non-empty folder that is not ours.
     */
    public void requireDeletable(final Path dir, final String option)
    {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS))
        {
            return;
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS))
        {
            throw new IllegalArgumentException(option + " " + dir + " is a file, not a folder: the engine would "
                + "replace it with a " + kind + "; choose a new folder");
        }
        if (isEmpty(dir) || isOurs(dir))
        {
            return;
        }
        throw new IllegalArgumentException(option + " " + dir + " is not empty and is not a " + kind + " the engine "
            + "created (no " + markerName + " in it; it holds " + sample(dir) + "): the engine deletes and recreates "
            + "this folder, so it leaves it alone; choose a new or empty folder, or delete this one yourself");
    }

    /**
     * Deletes the folder and everything in it when it is missing, empty or ours; refuses otherwise.
     *
     * @param dir    the folder.
     * @param option how the user named it, for the message (e.g. {@code --demo-journal}).
     * @throws IllegalArgumentException when the path is a file, or a non-empty folder that is not ours.
     */
    public void delete(final Path dir, final String option)
    {
        requireDeletable(dir, option);
        deleteTree(dir);
    }

    /**
     * Deletes a directory tree, if present, without asking whose it is: callers check first (as
     * {@link #delete(Path, String)} does) or own the tree, e.g. a temporary folder they created.
     *
     * @param path to delete.
     */
    public static void deleteTree(final Path path)
    {
        if (!Files.exists(path))
        {
            return;
        }
        try (Stream<Path> walk = Files.walk(path))
        {
            walk.sorted(Comparator.reverseOrder()).forEach(p ->
            {
                try
                {
                    Files.delete(p);
                }
                catch (final IOException ex)
                {
                    throw new UncheckedIOException(ex);
                }
            });
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot delete " + path, ex);
        }
    }

    /**
     * @param dir a directory.
     * @return true when it holds only Chronicle queue files ({@code .cq4}, {@code .cq4t}), or nothing.
     */
    public static boolean isQueueFolder(final Path dir)
    {
        return allEntries(dir, p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && isQueueFile(p));
    }

    private static boolean isQueueFile(final Path file)
    {
        final String name = file.getFileName().toString();
        return name.endsWith(".cq4") || name.endsWith(".cq4t");
    }

    /**
     * Older journals: only {@code inputs/} and {@code outputs/} queues, nested journals of ours, and the writer's
     * {@link JournalLock} file (taken before the first queue is created, so a new journal may hold only that).
     */
    private static boolean isLegacyJournal(final Path dir)
    {
        return allEntries(dir, p ->
        {
            final String name = p.getFileName().toString();
            if (name.equals(JournalLock.FILE_NAME))
            {
                return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
            }
            if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
            {
                return false;
            }
            if (name.equals(INPUTS) || name.equals(OUTPUTS))
            {
                return isQueueFolder(p);
            }
            return NESTED.contains(name) && (isEmpty(p) || JOURNAL.isOurs(p) || allEntries(p, JOURNAL::isOurs));
        });
    }

    private static boolean allEntries(final Path dir, final Predicate<Path> rule)
    {
        try (Stream<Path> entries = Files.list(dir))
        {
            return entries.allMatch(rule);
        }
        catch (final IOException ex)
        {
            return false;
        }
    }

    private static boolean isEmpty(final Path dir)
    {
        try (Stream<Path> entries = Files.list(dir))
        {
            return entries.findAny().isEmpty();
        }
        catch (final IOException ex)
        {
            return false;
        }
    }

    /** Up to three entry names and how many more, for a message. */
    private static String sample(final Path dir)
    {
        final List<String> names = new ArrayList<>();
        long count = 0;
        try (Stream<Path> entries = Files.list(dir).sorted())
        {
            for (final Path p : (Iterable<Path>) entries::iterator)
            {
                if (names.size() < 3)
                {
                    names.add(p.getFileName().toString());
                }
                count++;
            }
        }
        catch (final IOException ex)
        {
            return "entries it cannot list";
        }
        return String.join(", ", names) + (count > names.size() ? " and " + (count - names.size()) + " more" : "");
    }
}
