package io.pldot.engine.app;

/**
 * Told how far a long job has come; implementations draw a progress bar or stay silent.
 * Called from the job's thread every few thousand records, never per record.
 */
public interface ProgressListener extends AutoCloseable
{
    /** Listener that shows nothing. */
    ProgressListener NONE = new ProgressListener()
    {
        @Override
        public void onProgress(final long done)
        {
        }

        @Override
        public void close()
        {
        }
    };

    /**
     * @param done records processed so far.
     */
    void onProgress(long done);

    /**
     * Finishes the display.
     */
    @Override
    void close();
}
