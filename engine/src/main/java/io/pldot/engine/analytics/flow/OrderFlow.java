package io.pldot.engine.analytics.flow;

import io.pldot.engine.analytics.bar.Bar;

/**
 * Order flow of one symbol on one timeframe, from executed trades only (OFS §4.1 (docs/references.md)
 * {@code order_flow} table, §5.2): per candle the buy and sell aggressor volume, the delta
 * (buy − sell), the cumulative volume delta since start, the buy/sell imbalance ratio, the
 * aggressive buy and sell counts and the average buy and sell size; and over the last
 * {@link OrderFlowSettings#rollingBars()} candles the rolling delta and rolling imbalance.
 *
 * <h2>Two feeding paths (use one per instance)</h2>
 * <ul>
 *   <li>Trades: {@link #onTrade(long, int)} per tick, then {@link #closeBar()} when the candle
 *       closes. Per tick only two long additions into arrays indexed by the side code (no branch on
 *       the side); the candle is kept in longs at {@code closeBar}, and each getter converts (divides) only
 *       when it is read: a snapshot reads five of the twelve values.</li>
 *   <li>Bars: {@link #update(Bar)} with a bar that carries the aggressor split. Its volumes are
 *       turned back into fixed-point units ({@code Math.round(v × 10^quantityScale)}, exact for
 *       volumes that came from fixed-point) so both paths share the same long arithmetic. A bar
 *       <b>without</b> the split ({@link Bar#hasAggressorSplit()} false) makes every getter return
 *       {@code NaN} until the next bar with a split; it does not enter the CVD or the rolling
 *       window (which then spans the last N candles whose split was known), and is counted in
 *       {@link #unsplitBars()}.</li>
 * </ul>
 *
 * <h2>Conventions for degenerate inputs</h2>
 * <ul>
 *   <li>Before the first closed candle every getter returns {@code NaN}.</li>
 *   <li>Imbalance = buy / sell volume, capped at {@link OrderFlowSettings#maxImbalance()}; when the
 *       sell side is zero it is the cap if buy &gt; 0 and 1.0 if both are zero (OFS
 *       {@code calculate_imbalance}: {@code inf if buy_vol > 0 else 1.0}, the infinity replaced by
 *       the cap so the value stays finite); when only the buy side is zero it is 0.0. The rolling
 *       imbalance applies the same rule to the window's summed volumes.</li>
 *   <li>Average buy (sell) size is 0.0 when the candle has no buy (sell) trade.</li>
 *   <li>A candle without any trade closes with delta 0, imbalance 1.0, counts 0, sizes 0.</li>
 *   <li>Trades with side code {@link #SIDE_UNKNOWN} count in {@link #unknownVolume()} only.</li>
 * </ul>
 * Sums are exact long sums in fixed-point units ({@link Math#addExact} throws rather than
 * wrapping), so results do not depend on the order of equal-time events.
 * <p>
 * State: 2 × 3 longs per candle in progress, 2 × N longs of rolling window (N = 20: 320 bytes),
 * about 0.6 KB per instance with the defaults. Single-threaded: owned by the analytics stage
 * thread. Does not allocate after construction.
 */
public final class OrderFlow
{
    /** Side code of a trade whose aggressor is not known (matches the journal's Side.UNKNOWN). */
    public static final int SIDE_UNKNOWN = 0;
    /** Side code of an aggressive buy (matches the journal's Side.BUY). */
    public static final int SIDE_BUY = 1;
    /** Side code of an aggressive sell (matches the journal's Side.SELL). */
    public static final int SIDE_SELL = 2;

    private final OrderFlowSettings settings;
    private final int quantityScale;
    private final double unit;
    private final double maxImbalance;

    // Candle in progress, indexed by side code.
    private final long[] volumeBySide = new long[3];
    private final long[] countBySide = new long[3];

    // Rolling window of closed candles (ring).
    private final long[] rollingBuy;
    private final long[] rollingSell;
    private int rollingNext;
    private int rollingSize;
    private long rollingBuySum;
    private long rollingSellSum;

    private long cvdUnits;
    private long closedBars;
    private long unsplitBars;

    // The last closed candle in fixed-point units; its doubles (and their divisions) are derived on
    // read, since a snapshot reads only a few of them.
    private boolean defined;
    private long lastBuy;
    private long lastSell;
    private long lastUnknown;
    private long lastDelta;
    private long lastBuyCount;
    private long lastSellCount;
    private long lastRollingDelta;

    /**
     * @param settings      window and imbalance cap.
     * @param quantityScale decimal places of the instrument's fixed-point quantities, 0..12.
     */
    public OrderFlow(final OrderFlowSettings settings, final int quantityScale)
    {
        if (quantityScale < 0 || quantityScale > 12)
        {
            throw new IllegalArgumentException("quantityScale must be 0..12, was " + quantityScale);
        }
        this.settings = settings;
        this.quantityScale = quantityScale;
        this.unit = Math.pow(10, quantityScale);
        this.maxImbalance = settings.maxImbalance();
        this.rollingBuy = new long[settings.rollingBars()];
        this.rollingSell = new long[settings.rollingBars()];
    }

    /**
     * Adds one executed trade to the candle in progress.
     *
     * @param quantity fixed-point quantity, &ge; 0.
     * @param side     {@link #SIDE_BUY}, {@link #SIDE_SELL} or {@link #SIDE_UNKNOWN}; any other code
     *                 throws {@link ArrayIndexOutOfBoundsException} (sides are validated at ingress).
     */
    public void onTrade(final long quantity, final int side)
    {
        volumeBySide[side] = Math.addExact(volumeBySide[side], quantity);
        countBySide[side]++;
    }

    /**
     * Closes the candle in progress: its values become the readable snapshot, it enters the CVD
     * and the rolling window, and the accumulators restart from zero.
     */
    public void closeBar()
    {
        roll(volumeBySide[SIDE_BUY], volumeBySide[SIDE_SELL], volumeBySide[SIDE_UNKNOWN],
            countBySide[SIDE_BUY], countBySide[SIDE_SELL]);
        volumeBySide[SIDE_UNKNOWN] = 0;
        volumeBySide[SIDE_BUY] = 0;
        volumeBySide[SIDE_SELL] = 0;
        countBySide[SIDE_UNKNOWN] = 0;
        countBySide[SIDE_BUY] = 0;
        countBySide[SIDE_SELL] = 0;
    }

    /**
     * Closes the candle in progress with its aggressor split counted elsewhere — by the candle
     * builder, from the same trades — instead of trade by trade: the same result as {@link #onTrade}
     * for each of its trades followed by {@link #closeBar()}, without an update per trade. Feed a
     * candle one way or the other, not both: the per-trade accumulators are left as they are.
     *
     * @param buy       fixed-point volume of the aggressive buys.
     * @param sell      fixed-point volume of the aggressive sells.
     * @param unknown   fixed-point volume of the trades without a known aggressor.
     * @param buyCount  aggressive buys.
     * @param sellCount aggressive sells.
     */
    public void closeBar(final long buy, final long sell, final long unknown, final long buyCount, final long sellCount)
    {
        roll(buy, sell, unknown, buyCount, sellCount);
    }

    /**
     * Takes one closed bar that already carries the aggressor split; a bar without it makes the
     * values undefined (see the class comment).
     *
     * @param bar closed bar; read during the call only.
     * @throws IllegalArgumentException when a volume is negative or not finite.
     */
    public void update(final Bar bar)
    {
        if (!bar.hasAggressorSplit())
        {
            unsplitBars++;
            clearSnapshot();
            return;
        }
        final long buy = toUnits(bar.buyVolume());
        final long sell = toUnits(bar.sellVolume());
        final long unknown = Math.max(0, toUnits(bar.volume()) - buy - sell);
        roll(buy, sell, unknown, bar.buyCount(), bar.sellCount());
    }

    /**
     * @return the settings this instance runs with.
     */
    public OrderFlowSettings settings()
    {
        return settings;
    }

    /**
     * @return the quantity scale given at construction.
     */
    public int quantityScale()
    {
        return quantityScale;
    }

    /**
     * @return true when the last update produced values (false before the first candle and after
     *         a bar without aggressor split).
     */
    public boolean defined()
    {
        return defined;
    }

    /**
     * @return aggressive-buy volume of the last closed candle, or NaN.
     */
    public double buyVolume()
    {
        return defined ? lastBuy / unit : Double.NaN;
    }

    /**
     * @return aggressive-sell volume of the last closed candle, or NaN.
     */
    public double sellVolume()
    {
        return defined ? lastSell / unit : Double.NaN;
    }

    /**
     * @return volume of trades with unknown side in the last closed candle, or NaN.
     */
    public double unknownVolume()
    {
        return defined ? lastUnknown / unit : Double.NaN;
    }

    /**
     * @return buy − sell volume of the last closed candle, or NaN.
     */
    public double delta()
    {
        return defined ? lastDelta / unit : Double.NaN;
    }

    /**
     * @return sum of the deltas of every candle with known split since start, or NaN.
     */
    public double cumulativeDelta()
    {
        return defined ? cvdUnits / unit : Double.NaN;
    }

    /**
     * @return buy / sell volume of the last closed candle under the documented convention, or NaN.
     */
    public double imbalance()
    {
        return defined ? imbalance(lastBuy, lastSell, maxImbalance) : Double.NaN;
    }

    /**
     * @return number of aggressive buys in the last closed candle (a whole number), or NaN.
     */
    public double aggressiveBuys()
    {
        return defined ? lastBuyCount : Double.NaN;
    }

    /**
     * @return number of aggressive sells in the last closed candle (a whole number), or NaN.
     */
    public double aggressiveSells()
    {
        return defined ? lastSellCount : Double.NaN;
    }

    /**
     * @return buy volume / buy count of the last closed candle (0 without buys), or NaN.
     */
    public double averageBuySize()
    {
        if (!defined)
        {
            return Double.NaN;
        }
        return lastBuyCount > 0 ? (lastBuy / unit) / lastBuyCount : 0.0;
    }

    /**
     * @return sell volume / sell count of the last closed candle (0 without sells), or NaN.
     */
    public double averageSellSize()
    {
        if (!defined)
        {
            return Double.NaN;
        }
        return lastSellCount > 0 ? (lastSell / unit) / lastSellCount : 0.0;
    }

    /**
     * @return sum of the deltas over the rolling window, or NaN.
     */
    public double rollingDelta()
    {
        return defined ? lastRollingDelta / unit : Double.NaN;
    }

    /**
     * @return summed buy / summed sell volume over the rolling window (same convention), or NaN.
     */
    public double rollingImbalance()
    {
        return defined ? imbalance(rollingBuySum, rollingSellSum, maxImbalance) : Double.NaN;
    }

    /**
     * @return number of candles in the rolling window (grows to the setting, then stays).
     */
    public int rollingCount()
    {
        return rollingSize;
    }

    /**
     * @return number of candles closed with a known split (trade path or bars with split).
     */
    public long closedBars()
    {
        return closedBars;
    }

    /**
     * @return number of bars received without aggressor split.
     */
    public long unsplitBars()
    {
        return unsplitBars;
    }

    /**
     * The imbalance convention shared by the candle and the rolling values.
     *
     * @param buy  buy volume, any scale, &ge; 0.
     * @param sell sell volume, same scale, &ge; 0.
     * @param cap  finite cap &gt; 1.
     * @return buy / sell capped at {@code cap}; {@code cap} when only sell is 0; 1.0 when both are 0.
     */
    public static double imbalance(final long buy, final long sell, final double cap)
    {
        if (sell > 0)
        {
            return Math.min((double)buy / (double)sell, cap);
        }
        return buy > 0 ? cap : 1.0;
    }

    private void roll(final long buy, final long sell, final long unknown, final long buyCount, final long sellCount)
    {
        final long candleDelta = Math.subtractExact(buy, sell);
        cvdUnits = Math.addExact(cvdUnits, candleDelta);
        closedBars++;

        final int capacity = rollingBuy.length;
        if (rollingSize == capacity)
        {
            rollingBuySum -= rollingBuy[rollingNext];
            rollingSellSum -= rollingSell[rollingNext];
        }
        else
        {
            rollingSize++;
        }
        rollingBuy[rollingNext] = buy;
        rollingSell[rollingNext] = sell;
        rollingBuySum = Math.addExact(rollingBuySum, buy);
        rollingSellSum = Math.addExact(rollingSellSum, sell);
        if (++rollingNext == capacity)
        {
            rollingNext = 0;
        }

        lastBuy = buy;
        lastSell = sell;
        lastUnknown = unknown;
        lastDelta = candleDelta;
        lastBuyCount = buyCount;
        lastSellCount = sellCount;
        lastRollingDelta = Math.subtractExact(rollingBuySum, rollingSellSum);
        defined = true;
    }

    private void clearSnapshot()
    {
        defined = false;
    }

    private long toUnits(final double volume)
    {
        final double scaled = volume * unit;
        if (!(scaled >= 0.0) || scaled >= 0x1p63)
        {
            throw new IllegalArgumentException("volume must be finite and >= 0 in range, was " + volume);
        }
        return Math.round(scaled);
    }
}
