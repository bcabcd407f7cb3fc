package io.pldot.engine.stage;

import io.pldot.engine.event.RingSlot;
import io.pldot.journal.JournalAppender;
import io.pldot.journal.chronicle.JournalDirectory;

/**
 * Stage J: writes every inbound record to the journal's inputs queue. The output stage runs only
 * after J has passed a slot, so nothing an input causes leaves the process before the input
 * itself is journaled (write-ahead).
 * <p>
 * Runs on one thread; opens its appender on that thread.
 */
public final class JournalInboundStage implements Stage
{
    private final JournalDirectory journal;
    private JournalAppender appender;
    private long written;

    /**
     * @param journal whose inputs queue to append to.
     */
    public JournalInboundStage(final JournalDirectory journal)
    {
        this.journal = journal;
    }

    @Override
    public void onStart()
    {
        appender = journal.openInputAppender();
    }

    @Override
    public void onEvent(final RingSlot slot, final boolean endOfBatch)
    {
        appender.append(slot.input(), 0, slot.inputLength());
        written++;
    }

    @Override
    public void onShutdown()
    {
        if (appender != null)
        {
            appender.close();
        }
    }

    /**
     * @return inputs journaled (read after the pipeline stopped).
     */
    public long written()
    {
        return written;
    }

    @Override
    public String name()
    {
        return "J";
    }
}
