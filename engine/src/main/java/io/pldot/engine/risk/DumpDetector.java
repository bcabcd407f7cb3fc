package io.pldot.engine.risk;

/**
 * Early dump signals per instrument, from the smallest-timeframe candles the slot carries (OFS (docs/references.md)
 * §8.3 DumpDetector), checked when a candle closes:
 * <ul>
 *   <li><b>Volume reversal:</b> the last N candles (default 3) each had sell volume > ratio (1.5) x buy
 *       volume: against a long. Mirrored (buy > ratio x sell) against a short.</li>
 *   <li><b>Order-flow flip:</b> the previous candle's buy/sell was >= ratio:1 (2.5) and this one's
 *       sell/buy is >= ratio:1: against a long; mirrored against a short.</li>
 *   <li><b>Momentum break:</b> the close crosses the EMA of the last P closes (default 20; seeded
 *       with the simple average of the first P, TA-Lib style): from at-or-above to below is against a
 *       long, from at-or-below to above against a short.</li>
 * </ul>
 * OFS §8.3's liquidity-evaporation check needs DEX quotes the engine does not have; it is left out.
 * The market leader's dump (correlated exits) is {@link #leaderDumped}: its close this far below the
 * highest close of the last W candles.
 * <p>
 * Volumes are fixed-point longs compared in double (ratios); EMA in double (reproducible in Java 17+).
 * Owned by the risk stage's thread; not thread-safe. Does not allocate after construction.
 */
public final class DumpDetector
{
    /** Result bit: a dump signal against long positions. */
    public static final int AGAINST_LONG = 1;
    /** Result bit: a pump signal against short positions. */
    public static final int AGAINST_SHORT = 2;

    private final RiskSettings settings;
    private final int[] sellHeavyRun;
    private final int[] buyHeavyRun;
    private final byte[] previousFlow; // +1 buy-dominant, -1 sell-dominant, 0 neither
    private final double[] ema;
    private final double[] seedSum;
    private final int[] closes;
    private final double[] previousClose;
    private final long[][] leaderCloses;
    private final int[] leaderCount;

    /**
     * @param settings    thresholds.
     * @param instruments instruments, by dense index.
     */
    public DumpDetector(final RiskSettings settings, final int instruments)
    {
        this.settings = settings;
        sellHeavyRun = new int[instruments];
        buyHeavyRun = new int[instruments];
        previousFlow = new byte[instruments];
        ema = new double[instruments];
        seedSum = new double[instruments];
        closes = new int[instruments];
        previousClose = new double[instruments];
        leaderCloses = new long[instruments][settings.leaderWindowCandles()];
        leaderCount = new int[instruments];
    }

    /**
     * Follows one closed smallest-timeframe candle.
     *
     * @param index      dense instrument index.
     * @param close      fixed-point close.
     * @param buyVolume  fixed-point aggressive buy volume.
     * @param sellVolume fixed-point aggressive sell volume.
     * @return {@link #AGAINST_LONG} and/or {@link #AGAINST_SHORT} bits, 0 when nothing fired.
     */
    public int onCandle(final int index, final long close, final long buyVolume, final long sellVolume)
    {
        final long[] window = leaderCloses[index];
        window[leaderCount[index] % window.length] = close;
        leaderCount[index]++;

        int result = 0;
        final double buy = buyVolume;
        final double sell = sellVolume;
        final double reversal = settings.volumeReversalRatio();
        sellHeavyRun[index] = sell > reversal * buy ? sellHeavyRun[index] + 1 : 0;
        buyHeavyRun[index] = buy > reversal * sell ? buyHeavyRun[index] + 1 : 0;
        if (sellHeavyRun[index] >= settings.volumeReversalCandles())
        {
            result |= AGAINST_LONG;
        }
        if (buyHeavyRun[index] >= settings.volumeReversalCandles())
        {
            result |= AGAINST_SHORT;
        }

        final double flip = settings.flowFlipRatio();
        final byte flow = (byte)(buy > 0 && buy >= flip * sell ? 1 : sell > 0 && sell >= flip * buy ? -1 : 0);
        if (previousFlow[index] == 1 && flow == -1)
        {
            result |= AGAINST_LONG;
        }
        if (previousFlow[index] == -1 && flow == 1)
        {
            result |= AGAINST_SHORT;
        }
        previousFlow[index] = flow;

        final int period = settings.momentumEmaPeriod();
        if (period > 0)
        {
            final double price = close;
            final int n = ++closes[index];
            if (n > period)
            {
                final double before = ema[index];
                final double last = previousClose[index];
                final double after = before + (price - before) * (2.0 / (period + 1));
                if (last >= before && price < after)
                {
                    result |= AGAINST_LONG;
                }
                if (last <= before && price > after)
                {
                    result |= AGAINST_SHORT;
                }
                ema[index] = after;
            }
            else
            {
                seedSum[index] += price;
                if (n == period)
                {
                    ema[index] = seedSum[index] / period;
                }
            }
            previousClose[index] = price;
        }
        return settings.dumpDetection() ? result : 0;
    }

    /**
     * @param index dense instrument index of the leader.
     * @return true when its last close is at least the configured share below the highest close of
     *         its window (only once the window is full).
     */
    public boolean leaderDumped(final int index)
    {
        final long[] window = leaderCloses[index];
        if (leaderCount[index] < window.length)
        {
            return false;
        }
        final long last = window[(leaderCount[index] - 1) % window.length];
        long high = 0;
        for (final long close : window)
        {
            high = Math.max(high, close);
        }
        // last <= high x (1 - dump): compared as (high - last) x BPS >= high x dump without overflow.
        return high > 0 && (double)(high - last) * RiskSettings.BPS >= (double)high * settings.leaderDumpBps();
    }
}
