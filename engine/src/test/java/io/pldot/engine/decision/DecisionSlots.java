package io.pldot.engine.decision;

import io.pldot.engine.event.OutputsBuffer;
import io.pldot.engine.event.RingSlot;
import io.pldot.journal.schema.CandleClosedDescriptor;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.Side;
import io.pldot.journal.schema.TradeTickDescriptor;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: fills a ring slot as the candle stage would (an input trade, then CandleClosed
 * records), and copies out the Signal records a decision stage appended.
 */
public final class DecisionSlots
{
    /** One second in ns. */
    public static final long SECOND = 1_000_000_000L;
    /** 2013-11-25 00:00:00 UTC. */
    public static final long T0 = 1_385_337_600L * SECOND;

    private DecisionSlots()
    {
    }

    /**
     * Resets the slot and writes a trade input.
     *
     * @param slot     the slot.
     * @param sequence of the input.
     * @param tsEvent  its event time.
     * @param instrumentId instrument.
     */
    public static void input(final RingSlot slot, final long sequence, final long tsEvent, final int instrumentId)
    {
        slot.outputs().reset();
        final int length = TradeTickDescriptor.encode(slot.inputForEncoding(), 0, sequence, tsEvent, tsEvent,
            instrumentId, Side.BUY, 100, 1, sequence);
        slot.inputEncoded(length);
    }

    /**
     * Appends a CandleClosed with open = high = low = close.
     *
     * @param slot         the slot.
     * @param instrumentId instrument.
     * @param seconds      timeframe.
     * @param openTime     candle start.
     * @param close        fixed-point close.
     */
    public static void candle(
        final RingSlot slot, final int instrumentId, final int seconds, final long openTime, final long close)
    {
        final OutputsBuffer out = slot.outputs();
        final int offset = out.claim(CandleClosedDescriptor.LENGTH);
        final long sequence = RecordHeaderDescriptor.sequence(slot.input(), 0);
        final long ts = RecordHeaderDescriptor.tsEvent(slot.input(), 0);
        CandleClosedDescriptor.encode(out.buffer(), offset, sequence, ts, ts, instrumentId, seconds, openTime, close,
            close, close, close, 100_000_000L, 50_000_000L, 50_000_000L, 2, 1, 1);
    }

    /**
     * @param slot the slot after the decision stage ran.
     * @return copies of its Signal records, in order.
     */
    public static List<UnsafeBuffer> signals(final RingSlot slot)
    {
        final OutputsBuffer outputs = slot.outputs();
        final List<UnsafeBuffer> found = new ArrayList<>();
        for (int offset = 0; offset < outputs.length(); offset = outputs.next(offset))
        {
            if (RecordHeaderDescriptor.typeId(outputs.buffer(), offset) == RecordType.SIGNAL.typeId())
            {
                final int length = RecordHeaderDescriptor.length(outputs.buffer(), offset);
                final UnsafeBuffer copy = new UnsafeBuffer(new byte[length]);
                copy.putBytes(0, outputs.buffer(), offset, length);
                found.add(copy);
            }
        }
        return found;
    }
}
