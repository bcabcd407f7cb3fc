package io.pldot.engine.analytics;

import io.pldot.engine.analytics.bar.Bar;
import io.pldot.journal.instrument.Instrument;
import io.pldot.journal.schema.CandleClosedDescriptor;
import org.agrona.DirectBuffer;

/**
 * Converts a journaled CandleClosed record into a {@link Bar}: fixed-point prices and
 * quantities divided by their power of ten (one correctly rounded division each, so a price
 * with up to 15 significant digits comes out as the nearest double to its decimal).
 * Stateless; safe from any thread.
 */
public final class CandleBars
{
    private static final double[] POWERS_OF_TEN = new double[19];

    static
    {
        double p = 1.0;
        for (int i = 0; i < POWERS_OF_TEN.length; i++)
        {
            POWERS_OF_TEN[i] = p;
            p *= 10.0;
        }
    }

    private CandleBars()
    {
    }

    /**
     * @param value fixed-point value.
     * @param scale decimal places.
     * @return the value as a double.
     */
    public static double toDouble(final long value, final int scale)
    {
        return value / POWERS_OF_TEN[scale];
    }

    /**
     * Fills {@code bar} from the CandleClosed record at {@code offset}.
     *
     * @param buffer     holding the record.
     * @param offset     of the record.
     * @param instrument of the candle (its scales).
     * @param bar        to fill.
     * @return {@code bar}.
     */
    public static Bar fromRecord(final DirectBuffer buffer, final int offset, final Instrument instrument, final Bar bar)
    {
        final int ps = instrument.priceScale();
        final int qs = instrument.quantityScale();
        final long openTime = CandleClosedDescriptor.OPEN_TIME.get(buffer, offset);
        return bar.set(openTime, openTime + CandleClosedDescriptor.TIMEFRAME_SECONDS.get(buffer, offset) * 1_000_000_000L,
                toDouble(CandleClosedDescriptor.OPEN.get(buffer, offset), ps),
                toDouble(CandleClosedDescriptor.HIGH.get(buffer, offset), ps),
                toDouble(CandleClosedDescriptor.LOW.get(buffer, offset), ps),
                toDouble(CandleClosedDescriptor.CLOSE.get(buffer, offset), ps),
                toDouble(CandleClosedDescriptor.VOLUME.get(buffer, offset), qs))
            .aggressor(
                toDouble(CandleClosedDescriptor.BUY_VOLUME.get(buffer, offset), qs),
                toDouble(CandleClosedDescriptor.SELL_VOLUME.get(buffer, offset), qs),
                CandleClosedDescriptor.TRADE_COUNT.get(buffer, offset),
                CandleClosedDescriptor.BUY_COUNT.get(buffer, offset),
                CandleClosedDescriptor.SELL_COUNT.get(buffer, offset));
    }
}
