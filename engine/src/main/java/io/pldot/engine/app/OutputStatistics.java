package io.pldot.engine.app;

import io.pldot.engine.stage.OutputListener;
import io.pldot.journal.format.RecordFormatter;
import io.pldot.journal.schema.CandleClosedDescriptor;
import io.pldot.journal.schema.InputRejectedDescriptor;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.RejectReason;
import org.agrona.DirectBuffer;
import org.agrona.collections.Int2IntHashMap;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts outputs by type, candles by timeframe and rejections by reason, as the output stage
 * journals them. Runs on the output stage's thread; read the maps after the pipeline closed.
 * Allocation-free per record once every timeframe has been seen.
 */
public final class OutputStatistics implements OutputListener
{
    private final long[] byType = new long[256];
    private final long[] rejectsByReason = new long[64];
    private final Int2IntHashMap candlesByTimeframe = new Int2IntHashMap(0);

    @Override
    public void onOutput(final DirectBuffer buffer, final int offset, final int length)
    {
        final int typeId = RecordHeaderDescriptor.typeId(buffer, offset);
        byType[typeId & 0xFF]++;
        if (typeId == RecordType.CANDLE_CLOSED.typeId())
        {
            final int tf = CandleClosedDescriptor.TIMEFRAME_SECONDS.get(buffer, offset);
            candlesByTimeframe.put(tf, candlesByTimeframe.get(tf) + 1);
        }
        else if (typeId == RecordType.INPUT_REJECTED.typeId())
        {
            rejectsByReason[InputRejectedDescriptor.REASON.get(buffer, offset) & 63]++;
        }
    }

    /**
     * @return output counts by record type name, in schema order.
     */
    public Map<String, Long> byType()
    {
        final Map<String, Long> out = new LinkedHashMap<>();
        for (final RecordType type : RecordType.values())
        {
            if (!type.inbound())
            {
                out.put(type.displayName(), byType[type.typeId() & 0xFF]);
            }
        }
        return out;
    }

    /**
     * @return candle counts by timeframe label ("1m", "5m", ...), shortest first.
     */
    public Map<String, Long> candlesByTimeframe()
    {
        final TreeMap<Integer, Long> sorted = new TreeMap<>();
        candlesByTimeframe.forEach((tf, count) -> sorted.put(tf, (long)count));
        final Map<String, Long> out = new LinkedHashMap<>();
        sorted.forEach((tf, count) -> out.put(RecordFormatter.timeframeLabel(tf), count));
        return out;
    }

    /**
     * @return rejection counts by reason name; only reasons that occurred.
     */
    public Map<String, Long> rejectsByReason()
    {
        final Map<String, Long> out = new LinkedHashMap<>();
        for (final RejectReason reason : RejectReason.values())
        {
            final long n = rejectsByReason[reason.code() & 63];
            if (n > 0)
            {
                out.put(reason.name(), n);
            }
        }
        return out;
    }
}
