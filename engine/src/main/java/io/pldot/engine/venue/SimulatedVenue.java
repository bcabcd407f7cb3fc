package io.pldot.engine.venue;

import io.pldot.journal.instrument.FixedPoint;

import java.util.Arrays;

/**
 * A paper venue that fills orders from the trade stream in event time, with latency, slippage and
 * fees (README "Risk and execution", README "Architecture": it lives inside the risk stage, so an order decided at
 * tick N rests and can fill against tick N+1 or later).
 *
 * <h2>When an order can fill</h2>
 * An order submitted with {@code decisionSequence} and {@code decisionTsEvent} is <i>eligible</i>
 * on a trade {@code (sequence, tsEvent)} of its instrument when both hold:
 * <ul>
 *   <li>{@code sequence > decisionSequence}: never on the input that caused the decision (or an
 *       earlier one), even with zero latency and equal timestamps. Sequences are the engine's
 *       input sequence, strictly increasing and replayed identically.</li>
 *   <li>{@code tsEvent >= decisionTsEvent + latencyNanos} (the activation time).</li>
 * </ul>
 *
 * <h2>How it fills</h2>
 * <ul>
 *   <li><b>Market:</b> at the trade price with slippage against the order: a buy pays
 *       {@code ceil(price x (10^4 + slippage) / 10^4)}, a sell receives
 *       {@code max(1, floor(price x (10^4 - slippage) / 10^4))}; both round against the trader.
 *       Taker fee.</li>
 *   <li><b>Limit:</b> when the trade reaches the limit (buy: {@code price <= limit}; sell:
 *       {@code price >= limit}), at the limit price, maker fee. A touch counts: this ignores queue
 *       position, an optimistic choice to keep in mind.</li>
 *   <li><b>Stop:</b> triggers when the trade reaches the stop (buy: {@code price >= stop}; sell:
 *       {@code price <= stop}), then fills on that same trade like a market order: at the
 *       <i>trade</i> price with slippage, not at the stop, so a gap through the stop costs what the
 *       market cost (the conservative choice). Taker fee. Once triggered it stays triggered for any
 *       remainder.</li>
 *   <li><b>Size:</b> with {@link VenueSettings#realistic()} a trade's quantity is the liquidity
 *       available at that price: the orders filled on it share it in matching order, each fill is
 *       at most what is left, and a remainder stays open (partial fills). Otherwise every eligible
 *       order fills whole.</li>
 *   <li><b>Matching order</b> among the orders eligible on one trade: by activation time, then by
 *       client order id (both ascending). The open orders are kept sorted that way, so there is no
 *       hash iteration and the order depends only on the inputs.</li>
 * </ul>
 *
 * <h2>Fixed point</h2>
 * Prices are {@code long}s at the instrument's price scale, quantities at its quantity scale
 * ({@link #defineInstrument}). The fee is in quote currency at the <b>price scale</b>:
 * {@code fee = ceil(price x quantity x feeBps / (10^quantityScale x 10^4))}, rounded up (a venue
 * never charges less than the exact fee), computed exactly in 192 bits by {@link FixedPoint#mulDivFloor FixedPoint}. Fills
 * whose notional ({@code price x quantity / 10^quantityScale}) or fee would not fit in a long are
 * refused with {@link VenueRejectReason#NOTIONAL_OVERFLOW}, as are limit and stop orders whose
 * notional at their own price would not fit.
 *
 * <h2>Everything else</h2>
 * <ul>
 *   <li>Cancels take effect at once (no latency), by client order id.</li>
 *   <li>Bad input is refused with a reason via {@link VenueListener#onReject} and counted
 *       ({@link #rejects}); never an exception, never dropped silently. Duplicate ids are detected
 *       among open orders.</li>
 *   <li>Fills and rejects found while matching a trade are reported after the book is consistent
 *       again, in matching order; so the listener may submit and cancel from its callbacks.</li>
 *   <li>Lookups by client order id scan the open orders (bounded and small).</li>
 * </ul>
 * Single-threaded: owned by the risk stage's thread. Does not allocate after construction.
 */
public final class SimulatedVenue
{
    /** Reserved client order id; used in {@link VenueListener#onReject} for a refused trade tick. */
    public static final long NO_ORDER_ID = Long.MIN_VALUE;
    /** Price argument of a market order. */
    public static final long NO_PRICE = 0;
    /** Largest instrument id {@link #defineInstrument} accepts. */
    public static final int MAX_INSTRUMENT_ID = 65_535;
    /** Largest quantity scale: 10^12 x 10^4 still fits the fee divisor in a long. */
    public static final int MAX_QUANTITY_SCALE = 12;

    private static final byte UNDEFINED = -1;
    private static final long[] POWERS_OF_TEN = new long[MAX_QUANTITY_SCALE + 1];
    private static final OrderSide[] SIDES = OrderSide.values();
    private static final VenueRejectReason[] REASONS = VenueRejectReason.values();
    private static final int MARKET = OrderType.MARKET.ordinal();
    private static final int LIMIT = OrderType.LIMIT.ordinal();
    private static final int BUY = OrderSide.BUY.ordinal();

    static
    {
        long p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++)
        {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    private final VenueSettings settings;
    private final VenueListener listener;
    private final byte[] quantityScaleById = new byte[MAX_INSTRUMENT_ID + 1];

    // Open orders, sorted by (activation, clientOrderId); parallel arrays.
    private final long[] clientOrderIds;
    private final int[] instrumentIds;
    private final byte[] sides;
    private final byte[] types;
    private final boolean[] triggered;
    private final long[] prices;
    private final long[] remaining;
    private final long[] decisionSequences;
    private final long[] activations;
    private int size;

    // Events found while matching one trade, reported once the book is compacted.
    private final long[] eventOrderIds;
    private final int[] eventInstrumentIds;
    private final byte[] eventSides;
    private final long[] eventPrices;
    private final long[] eventQuantities;
    private final long[] eventFees;
    private final long[] eventRemaining;
    private final byte[] eventRejects; // reason ordinal, or -1 for a fill
    private int events;

    private final long[] rejects = new long[REASONS.length];
    private long fills;
    private long cancels;

    /**
     * @param settings latency, slippage, fees and fill-size model.
     * @param capacity most open orders at once, > 0.
     * @param listener receives fills, rejects and cancels.
     */
    public SimulatedVenue(final VenueSettings settings, final int capacity, final VenueListener listener)
    {
        if (capacity <= 0)
        {
            throw new IllegalArgumentException("capacity must be > 0, was " + capacity);
        }
        this.settings = settings;
        this.listener = listener;
        Arrays.fill(quantityScaleById, UNDEFINED);
        clientOrderIds = new long[capacity];
        instrumentIds = new int[capacity];
        sides = new byte[capacity];
        types = new byte[capacity];
        triggered = new boolean[capacity];
        prices = new long[capacity];
        remaining = new long[capacity];
        decisionSequences = new long[capacity];
        activations = new long[capacity];
        eventOrderIds = new long[capacity];
        eventInstrumentIds = new int[capacity];
        eventSides = new byte[capacity];
        eventPrices = new long[capacity];
        eventQuantities = new long[capacity];
        eventFees = new long[capacity];
        eventRemaining = new long[capacity];
        eventRejects = new byte[capacity];
    }

    /**
     * Makes an instrument tradable on the venue (set-up time, not the hot path).
     *
     * @param instrumentId  1..{@link #MAX_INSTRUMENT_ID}.
     * @param quantityScale decimal places of its quantities, 0..{@link #MAX_QUANTITY_SCALE}.
     * @throws IllegalArgumentException naming the bad argument.
     */
    public void defineInstrument(final int instrumentId, final int quantityScale)
    {
        if (instrumentId <= 0 || instrumentId > MAX_INSTRUMENT_ID)
        {
            throw new IllegalArgumentException(
                "instrumentId must be 1.." + MAX_INSTRUMENT_ID + ", was " + instrumentId);
        }
        if (quantityScale < 0 || quantityScale > MAX_QUANTITY_SCALE)
        {
            throw new IllegalArgumentException(
                "quantityScale must be 0.." + MAX_QUANTITY_SCALE + ", was " + quantityScale);
        }
        quantityScaleById[instrumentId] = (byte)quantityScale;
    }

    /**
     * Accepts an order to rest until a later trade fills it, or refuses it with a reason.
     *
     * @param clientOrderId    unique among open orders; not {@link #NO_ORDER_ID}.
     * @param instrumentId     a defined instrument.
     * @param side             buy or sell.
     * @param type             market, limit or stop.
     * @param quantity         fixed-point quantity, > 0.
     * @param price            limit price for LIMIT, stop price for STOP (> 0); {@link #NO_PRICE} for MARKET.
     * @param decisionSequence engine sequence of the input that caused the decision.
     * @param decisionTsEvent  event time (epoch ns) of that input, >= 0.
     * @return true when the order is open; otherwise the reject was reported.
     */
    public boolean submit(
        final long clientOrderId, final int instrumentId, final OrderSide side, final OrderType type,
        final long quantity, final long price, final long decisionSequence, final long decisionTsEvent)
    {
        final VenueRejectReason reason =
            check(clientOrderId, instrumentId, side, type, quantity, price, decisionTsEvent);
        if (reason != null)
        {
            return reject(clientOrderId, reason);
        }
        if (indexOf(clientOrderId) >= 0)
        {
            return reject(clientOrderId, VenueRejectReason.DUPLICATE_ID);
        }
        if (size == clientOrderIds.length)
        {
            return reject(clientOrderId, VenueRejectReason.BOOK_FULL);
        }
        final long activation = decisionTsEvent + settings.latencyNanos();
        int at = size;
        while (at > 0 && (activations[at - 1] > activation
            || (activations[at - 1] == activation && clientOrderIds[at - 1] > clientOrderId)))
        {
            at--;
        }
        moveOrders(at, at + 1, size - at);
        clientOrderIds[at] = clientOrderId;
        instrumentIds[at] = instrumentId;
        sides[at] = (byte)side.ordinal();
        types[at] = (byte)type.ordinal();
        triggered[at] = false;
        prices[at] = price;
        remaining[at] = quantity;
        decisionSequences[at] = decisionSequence;
        activations[at] = activation;
        size++;
        return true;
    }

    /**
     * Fills a market order whole and at once at a given price, without resting it: the
     * {@link FillModel#SIGNAL_CLOSE} cross-check mode, where a signal's order fills at the signal's
     * entry price (its bar's close) at the signal's event time. No latency, no slippage, taker fee.
     * This deliberately breaks the "later trades only" rule; the realistic path is {@link #submit}.
     *
     * @param clientOrderId not {@link #NO_ORDER_ID}, not open.
     * @param instrumentId  a defined instrument.
     * @param side          buy or sell.
     * @param quantity      fixed-point quantity, > 0.
     * @param price         fixed-point fill price, > 0.
     * @param tsEvent       event time reported with the fill.
     * @return true when filled; otherwise the reject was reported.
     */
    public boolean fillAtOnce(
        final long clientOrderId, final int instrumentId, final OrderSide side, final long quantity,
        final long price, final long tsEvent)
    {
        final VenueRejectReason reason =
            check(clientOrderId, instrumentId, side, OrderType.LIMIT, quantity, price, Math.max(0, tsEvent));
        if (reason != null)
        {
            return reject(clientOrderId, reason);
        }
        if (indexOf(clientOrderId) >= 0)
        {
            return reject(clientOrderId, VenueRejectReason.DUPLICATE_ID);
        }
        final long fee = fee(price, quantity, quantityScaleById[instrumentId], settings.takerFeeBps());
        if (fee == FixedPoint.OUT_OF_RANGE)
        {
            return reject(clientOrderId, VenueRejectReason.NOTIONAL_OVERFLOW);
        }
        fills++;
        listener.onFill(clientOrderId, instrumentId, side, price, quantity, fee, tsEvent, 0);
        return true;
    }

    /**
     * Cancels an open order at once.
     *
     * @param clientOrderId of the order.
     * @return true when cancelled; otherwise {@link VenueRejectReason#UNKNOWN_ORDER} was reported.
     */
    public boolean cancel(final long clientOrderId)
    {
        final int i = indexOf(clientOrderId);
        if (i < 0)
        {
            return reject(clientOrderId, VenueRejectReason.UNKNOWN_ORDER);
        }
        moveOrders(i + 1, i, size - i - 1);
        size--;
        cancels++;
        listener.onCancel(clientOrderId);
        return true;
    }

    /**
     * Matches the open orders against one trade, then reports the fills (and any overflow rejects)
     * in matching order.
     *
     * @param sequence     engine sequence of this trade's input.
     * @param instrumentId of the trade.
     * @param tsEvent      event time of the trade, epoch ns.
     * @param price        fixed-point trade price, > 0.
     * @param quantity     fixed-point traded quantity, > 0.
     */
    public void onTrade(
        final long sequence, final int instrumentId, final long tsEvent, final long price, final long quantity)
    {
        if (!isDefined(instrumentId))
        {
            reject(NO_ORDER_ID, VenueRejectReason.UNKNOWN_INSTRUMENT);
            return;
        }
        if (price <= 0)
        {
            reject(NO_ORDER_ID, VenueRejectReason.INVALID_PRICE);
            return;
        }
        if (quantity <= 0)
        {
            reject(NO_ORDER_ID, VenueRejectReason.NON_POSITIVE_QUANTITY);
            return;
        }
        events = 0;
        if (size == 0)
        {
            return; // most trades find the book empty: nothing can fill, nothing to compact or emit
        }
        match(sequence, instrumentId, tsEvent, price, quantity);
        if (events > 0)
        {
            compact();
            emit(tsEvent);
        }
    }

    /**
     * @return open orders.
     */
    public int openOrders()
    {
        return size;
    }

    /**
     * @return most open orders at once.
     */
    public int capacity()
    {
        return clientOrderIds.length;
    }

    /**
     * @param clientOrderId of the order.
     * @return its open quantity, or 0 when it is not open.
     */
    public long remainingQuantity(final long clientOrderId)
    {
        final int i = indexOf(clientOrderId);
        return i < 0 ? 0 : remaining[i];
    }

    /**
     * @param reason of the rejects to count.
     * @return orders, cancels and trades refused for it since construction.
     */
    public long rejects(final VenueRejectReason reason)
    {
        return rejects[reason.ordinal()];
    }

    /**
     * @return fills (full or partial) reported since construction.
     */
    public long fills()
    {
        return fills;
    }

    /**
     * @return cancels reported since construction.
     */
    public long cancels()
    {
        return cancels;
    }

    /**
     * @return the settings this venue fills with.
     */
    public VenueSettings settings()
    {
        return settings;
    }

    /**
     * Market fill price: the trade price with slippage against the order, rounded against the trader.
     *
     * @param side        of the order.
     * @param tradePrice  fixed-point trade price, > 0.
     * @param slippageBps 0..9999.
     * @return the execution price, or {@link FixedPoint#OUT_OF_RANGE} when a buy's price would not fit.
     */
    public static long slippedPrice(final OrderSide side, final long tradePrice, final int slippageBps)
    {
        if (side == OrderSide.BUY)
        {
            return FixedPoint.mulDivCeil(tradePrice, VenueSettings.BPS + slippageBps, VenueSettings.BPS);
        }
        // A sell never pays to sell: the smallest price it can receive is one unit.
        return Math.max(1, FixedPoint.mulDivFloor(tradePrice, VenueSettings.BPS - slippageBps, VenueSettings.BPS));
    }

    /**
     * Fee in quote currency at the price scale, rounded up.
     *
     * @param price         fixed-point execution price, >= 0.
     * @param quantity      fixed-point quantity, >= 0.
     * @param quantityScale 0..{@link #MAX_QUANTITY_SCALE}.
     * @param feeBps        0..10000.
     * @return {@code ceil(price x quantity x feeBps / (10^quantityScale x 10^4))}, or
     *         {@link FixedPoint#OUT_OF_RANGE}.
     */
    public static long fee(final long price, final long quantity, final int quantityScale, final int feeBps)
    {
        return FixedPoint.mulDivCeil(price, quantity, feeBps, POWERS_OF_TEN[quantityScale] * VenueSettings.BPS);
    }

    private VenueRejectReason check(
        final long clientOrderId, final int instrumentId, final OrderSide side, final OrderType type,
        final long quantity, final long price, final long decisionTsEvent)
    {
        if (clientOrderId == NO_ORDER_ID)
        {
            return VenueRejectReason.INVALID_ORDER_ID;
        }
        if (side == null)
        {
            return VenueRejectReason.INVALID_SIDE;
        }
        if (type == null)
        {
            return VenueRejectReason.INVALID_ORDER_TYPE;
        }
        if (!isDefined(instrumentId))
        {
            return VenueRejectReason.UNKNOWN_INSTRUMENT;
        }
        if (quantity <= 0)
        {
            return VenueRejectReason.NON_POSITIVE_QUANTITY;
        }
        if (type == OrderType.MARKET ? price != NO_PRICE : price <= 0)
        {
            return VenueRejectReason.INVALID_PRICE;
        }
        if (decisionTsEvent < 0 || decisionTsEvent > Long.MAX_VALUE - settings.latencyNanos())
        {
            return VenueRejectReason.INVALID_TIME;
        }
        if (type != OrderType.MARKET
            && FixedPoint.mulDivFloor(price, quantity, POWERS_OF_TEN[quantityScaleById[instrumentId]]) == FixedPoint.OUT_OF_RANGE)
        {
            return VenueRejectReason.NOTIONAL_OVERFLOW;
        }
        return null;
    }

    private void match(
        final long sequence, final int instrumentId, final long tsEvent, final long price, final long quantity)
    {
        final boolean realistic = settings.realistic();
        final int scale = quantityScaleById[instrumentId];
        long available = quantity;
        for (int i = 0; i < size; i++)
        {
            if (activations[i] > tsEvent)
            {
                break; // sorted by activation: no later order is live yet
            }
            if (instrumentIds[i] != instrumentId || decisionSequences[i] >= sequence)
            {
                continue;
            }
            final int type = types[i];
            final boolean buy = sides[i] == BUY;
            final long execution;
            final int feeBps;
            if (type == LIMIT)
            {
                if (buy ? price > prices[i] : price < prices[i])
                {
                    continue;
                }
                execution = prices[i];
                feeBps = settings.makerFeeBps();
            }
            else
            {
                if (type != MARKET && !triggered[i])
                {
                    if (buy ? price < prices[i] : price > prices[i])
                    {
                        continue;
                    }
                    triggered[i] = true;
                }
                execution = slippedPrice(SIDES[sides[i]], price, settings.slippageBps());
                feeBps = settings.takerFeeBps();
            }
            final long fillQuantity = realistic ? Math.min(remaining[i], available) : remaining[i];
            if (fillQuantity == 0)
            {
                continue; // this trade's liquidity is used up; a triggered stop waits for the next trade
            }
            final long fee = fee(execution, fillQuantity, scale, feeBps);
            if (execution == FixedPoint.OUT_OF_RANGE || fee == FixedPoint.OUT_OF_RANGE
                || FixedPoint.mulDivFloor(execution, fillQuantity, POWERS_OF_TEN[scale]) == FixedPoint.OUT_OF_RANGE)
            {
                addEvent(i, 0, 0, 0, VenueRejectReason.NOTIONAL_OVERFLOW.ordinal());
                remaining[i] = 0;
                continue;
            }
            remaining[i] -= fillQuantity;
            available -= fillQuantity;
            addEvent(i, execution, fillQuantity, fee, -1);
        }
    }

    private void addEvent(final int order, final long price, final long quantity, final long fee, final int reject)
    {
        final int e = events++;
        eventOrderIds[e] = clientOrderIds[order];
        eventInstrumentIds[e] = instrumentIds[order];
        eventSides[e] = sides[order];
        eventPrices[e] = price;
        eventQuantities[e] = quantity;
        eventFees[e] = fee;
        eventRemaining[e] = remaining[order];
        eventRejects[e] = (byte)reject;
    }

    private void compact()
    {
        int write = 0;
        for (int read = 0; read < size; read++)
        {
            if (remaining[read] == 0)
            {
                continue;
            }
            if (write != read)
            {
                moveOrders(read, write, 1);
            }
            write++;
        }
        size = write;
    }

    private void emit(final long tsEvent)
    {
        // Copy the count first: a callback may submit or cancel, which never touches the event arrays.
        final int count = events;
        events = 0;
        for (int e = 0; e < count; e++)
        {
            if (eventRejects[e] >= 0)
            {
                reject(eventOrderIds[e], REASONS[eventRejects[e]]);
            }
            else
            {
                fills++;
                listener.onFill(eventOrderIds[e], eventInstrumentIds[e], SIDES[eventSides[e]], eventPrices[e],
                    eventQuantities[e], eventFees[e], tsEvent, eventRemaining[e]);
            }
        }
    }

    private void moveOrders(final int from, final int to, final int count)
    {
        System.arraycopy(clientOrderIds, from, clientOrderIds, to, count);
        System.arraycopy(instrumentIds, from, instrumentIds, to, count);
        System.arraycopy(sides, from, sides, to, count);
        System.arraycopy(types, from, types, to, count);
        System.arraycopy(triggered, from, triggered, to, count);
        System.arraycopy(prices, from, prices, to, count);
        System.arraycopy(remaining, from, remaining, to, count);
        System.arraycopy(decisionSequences, from, decisionSequences, to, count);
        System.arraycopy(activations, from, activations, to, count);
    }

    private boolean isDefined(final int instrumentId)
    {
        return instrumentId > 0 && instrumentId <= MAX_INSTRUMENT_ID && quantityScaleById[instrumentId] != UNDEFINED;
    }

    private int indexOf(final long clientOrderId)
    {
        for (int i = 0; i < size; i++)
        {
            if (clientOrderIds[i] == clientOrderId)
            {
                return i;
            }
        }
        return -1;
    }

    private boolean reject(final long clientOrderId, final VenueRejectReason reason)
    {
        rejects[reason.ordinal()]++;
        listener.onReject(clientOrderId, reason);
        return false;
    }
}
