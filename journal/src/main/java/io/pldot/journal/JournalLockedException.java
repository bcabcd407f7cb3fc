package io.pldot.journal;

import java.nio.file.Path;

/**
 * Refusal to write a journal that another writer owns (see {@link JournalLock}). The message names the journal and
 * its owner (pid, purpose, since when) and says what to do.
 */
public final class JournalLockedException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    private final Path journal;
    private final String owner;

    /**
     * @param journal     the journal directory.
     * @param owner       the owner's description, as written in its lock file.
     * @param thisProcess whether the owner is this very process.
     */
    public JournalLockedException(final Path journal, final String owner, final boolean thisProcess)
    {
        super("journal " + journal + " is in use by " + (thisProcess ? "this process (" + owner + ")" : owner) +
            ": one writer at a time; wait for it to finish, or stop it (its lock is released when it exits, " +
            "even when killed)");
        this.journal = journal;
        this.owner = owner;
    }

    /**
     * @return the journal directory.
     */
    public Path journal()
    {
        return journal;
    }

    /**
     * @return the owner's description (pid, purpose, since when).
     */
    public String owner()
    {
        return owner;
    }
}
