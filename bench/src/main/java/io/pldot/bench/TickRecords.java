package io.pldot.bench;

import io.pldot.journal.JournalReader;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteBuffer;

/**
 * A journal's input records held in memory, back to back, with where each starts: what the per-tick and
 * backtest-chain benchmarks feed their stages from, so the journal reader's cost stays out of what they time.
 * Loaded once at set-up; read-only afterwards, by one thread.
 */
final class TickRecords
{
    /** The records, back to back. */
    final UnsafeBuffer records;
    /** Where record i starts; {@code offsets[count]} is the end of the last one. */
    final int[] offsets;
    /** Records held. */
    final int count;
    /** Event time of the first and of the last record, epoch ns. */
    final long firstEventTime;
    final long lastEventTime;

    TickRecords(final BitstampJournal data)
    {
        records = new UnsafeBuffer(ByteBuffer.allocateDirect((int)data.trades * RecordHeaderDescriptor.MAX_RECORD_LENGTH));
        offsets = new int[(int)data.trades + 1];
        int at = 0;
        int n = 0;
        long first = 0;
        long last = 0;
        try (JournalReader reader = data.journal.openInputReader())
        {
            int length;
            while ((length = reader.next()) > 0)
            {
                records.putBytes(at, reader.buffer(), 0, length);
                final long ts = RecordHeaderDescriptor.tsEvent(reader.buffer(), 0);
                first = n == 0 ? ts : first;
                last = ts;
                offsets[n++] = at;
                at += length;
            }
        }
        offsets[n] = at;
        count = n;
        firstEventTime = first;
        lastEventTime = last;
    }

    /**
     * @param unitNanos the largest boundary that must stay aligned (an hour for candles up to 1h, a day for daily
     *                  resets).
     * @return whole units covering the data plus one: shifting each pass by it keeps every such boundary aligned.
     */
    long passSpan(final long unitNanos)
    {
        return ((lastEventTime - firstEventTime) / unitNanos + 2) * unitNanos;
    }
}
