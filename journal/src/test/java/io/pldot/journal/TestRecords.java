package io.pldot.journal;

import io.pldot.journal.schema.CandleClosedDescriptor;
import io.pldot.journal.schema.FeedStatus;
import io.pldot.journal.schema.FeedStatusDescriptor;
import io.pldot.journal.schema.InputRejectedDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.RejectReason;
import io.pldot.journal.schema.Side;
import io.pldot.journal.schema.TimerDescriptor;
import io.pldot.journal.schema.TradeTickDescriptor;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Builds deterministic records for tests (and for {@link GrowingJournalWriterMain}).
 */
public final class TestRecords
{
    /** Epoch ns of 2023-01-01T00:00:00Z. */
    public static final long BASE_TIME = 1_672_531_200_000_000_000L;

    private TestRecords()
    {
    }

    /**
     * Encodes record {@code sequence} at offset 0: cycles through every record type.
     *
     * @param buffer   to write into.
     * @param sequence header sequence; also seeds every field.
     * @return the length.
     */
    public static int mixed(final MutableDirectBuffer buffer, final long sequence)
    {
        final long ts = BASE_TIME + sequence * 1_000_000L;
        final int pick = (int)Math.floorMod(sequence, 5L);
        return switch (pick)
        {
            case 0 -> tradeTick(buffer, sequence);
            case 1 -> TimerDescriptor.encode(buffer, 0, sequence, ts, ts + 1, sequence * 31);
            case 2 -> FeedStatusDescriptor.encode(buffer, 0, sequence, ts, ts + 2, (int)sequence,
                FeedStatus.values()[(int)(sequence % FeedStatus.values().length)]);
            case 3 -> CandleClosedDescriptor.encode(buffer, 0, sequence, ts, ts + 3, 1, 60, ts - 60_000_000_000L,
                100 + sequence, 200 + sequence, 50 + sequence, 150 + sequence, sequence * 1_000, sequence * 600,
                sequence * 400, (int)sequence, (int)sequence / 2, (int)sequence / 3);
            default -> InputRejectedDescriptor.encode(buffer, 0, sequence, ts, ts + 4, RecordType.TRADE_TICK.typeId(),
                RejectReason.values()[(int)(sequence % RejectReason.values().length)], 1, -sequence);
        };
    }

    /**
     * @param buffer   to write into at offset 0.
     * @param sequence header sequence.
     * @return the length.
     */
    public static int tradeTick(final MutableDirectBuffer buffer, final long sequence)
    {
        final long ts = BASE_TIME + sequence * 1_000_000L;
        return TradeTickDescriptor.encode(buffer, 0, sequence, ts, ts + 500, 1,
            Side.values()[(int)Math.floorMod(sequence, 3L)], 968_219L + sequence, 50_000_000L + sequence, 1_000_000 + sequence);
    }

    /**
     * @param sequence of the record.
     * @return the bytes of {@link #mixed} for that sequence.
     */
    public static byte[] mixedBytes(final long sequence)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final int length = mixed(buffer, sequence);
        final byte[] bytes = new byte[length];
        buffer.getBytes(0, bytes);
        return bytes;
    }
}
