package io.pldot.journal;

/**
 * Refusal to read a queue whose tail is torn (see {@link TornTail}): nothing is read from it unless the caller
 * asked to skip the torn tail.
 */
public final class TornJournalException extends IllegalStateException
{
    private static final long serialVersionUID = 1L;

    private final transient TornTail tornTail;

    /**
     * @param tornTail what is known of the damage.
     * @param advice   what the user can do, appended to the message.
     */
    public TornJournalException(final TornTail tornTail, final String advice)
    {
        super("journal queue " + tornTail.describe() + ". " + advice);
        this.tornTail = tornTail;
    }

    /**
     * @return what is known of the damage.
     */
    public TornTail tornTail()
    {
        return tornTail;
    }
}
