package io.pldot.journal;

import java.nio.file.Path;

/**
 * A child process for {@link JournalLockTest}: owns the journal given as its argument, prints "locked", and holds
 * it until killed or until its standard input closes.
 */
public final class JournalLockHolderMain
{
    private JournalLockHolderMain()
    {
    }

    /**
     * @param args the journal directory.
     * @throws Exception when the lock cannot be taken.
     */
    public static void main(final String[] args) throws Exception
    {
        try (JournalLock lock = JournalLock.acquire(Path.of(args[0]), "test holder"))
        {
            System.out.println("locked " + ProcessHandle.current().pid());
            System.out.flush();
            while (System.in.read() >= 0)
            {
                // Holds the lock until the parent closes our stdin or kills us.
            }
        }
    }
}
