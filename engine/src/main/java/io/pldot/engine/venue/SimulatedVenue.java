package io.pldot.engine.venue;

import io.pldot.journal.instrument.FixedPoint;

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
 * <h2>Parts</h2>
 * This class is the venue's face and keeps the order of the steps; the roles are its parts:
 * {@link VenueInstruments} (what it trades, at which quantity scale), {@link OrderChecks} (why a new
 * order is refused), {@link RestingOrders} (the open orders in matching order), {@link TradeMatcher} (the
 * fill model), {@link VenuePricing} (slippage, fees, notional) and {@link VenueReports} (what the
 * listener hears, and the counts).
 * <p>
 * Single-threaded: owned by the risk stage's thread. Does not allocate after construction.
 */
public final class SimulatedVenue
{
    /** Reserved client order id; used in {@link VenueListener#onReject} for a refused trade tick. */
    public static final long NO_ORDER_ID = Long.MIN_VALUE;
    /** Price argument of a market order. */
    public static final long NO_PRICE = 0;
    /** Largest instrument id {@link #defineInstrument} accepts. */
    public static final int MAX_INSTRUMENT_ID = VenueInstruments.MAX_INSTRUMENT_ID;
    /** Largest quantity scale: 10^12 x 10^4 still fits the fee divisor in a long. */
    public static final int MAX_QUANTITY_SCALE = VenuePricing.MAX_QUANTITY_SCALE;

    private final VenueSettings settings;
    private final VenueInstruments instruments = new VenueInstruments();
    private final OrderChecks checks;
    private final RestingOrders book;
    private final VenueReports reports;
    private final TradeMatcher matcher;

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
        checks = new OrderChecks(instruments, settings.latencyNanos());
        book = new RestingOrders(capacity);
        reports = new VenueReports(listener, capacity);
        matcher = new TradeMatcher(book, reports, settings);
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
        instruments.define(instrumentId, quantityScale);
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
            checks.check(clientOrderId, instrumentId, side, type, quantity, price, decisionTsEvent);
        if (reason != null)
        {
            return reports.reject(clientOrderId, reason);
        }
        if (book.indexOf(clientOrderId) >= 0)
        {
            return reports.reject(clientOrderId, VenueRejectReason.DUPLICATE_ID);
        }
        if (book.isFull())
        {
            return reports.reject(clientOrderId, VenueRejectReason.BOOK_FULL);
        }
        book.insert(clientOrderId, instrumentId, side, type, quantity, price, decisionSequence,
            decisionTsEvent + settings.latencyNanos());
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
        // Checked as a limit order at the fill price: that also refuses a notional that does not fit.
        final VenueRejectReason reason =
            checks.check(clientOrderId, instrumentId, side, OrderType.LIMIT, quantity, price, Math.max(0, tsEvent));
        if (reason != null)
        {
            return reports.reject(clientOrderId, reason);
        }
        if (book.indexOf(clientOrderId) >= 0)
        {
            return reports.reject(clientOrderId, VenueRejectReason.DUPLICATE_ID);
        }
        final long fee =
            VenuePricing.fee(price, quantity, instruments.quantityScale(instrumentId), settings.takerFeeBps());
        if (fee == FixedPoint.OUT_OF_RANGE)
        {
            return reports.reject(clientOrderId, VenueRejectReason.NOTIONAL_OVERFLOW);
        }
        reports.fill(clientOrderId, instrumentId, side, price, quantity, fee, tsEvent, 0);
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
        final int i = book.indexOf(clientOrderId);
        if (i < 0)
        {
            return reports.reject(clientOrderId, VenueRejectReason.UNKNOWN_ORDER);
        }
        book.remove(i);
        reports.cancelled(clientOrderId);
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
        if (!instruments.isDefined(instrumentId))
        {
            reports.reject(NO_ORDER_ID, VenueRejectReason.UNKNOWN_INSTRUMENT);
            return;
        }
        if (price <= 0)
        {
            reports.reject(NO_ORDER_ID, VenueRejectReason.INVALID_PRICE);
            return;
        }
        if (quantity <= 0)
        {
            reports.reject(NO_ORDER_ID, VenueRejectReason.NON_POSITIVE_QUANTITY);
            return;
        }
        reports.clearHeld();
        if (book.size() == 0)
        {
            return; // most trades find the book empty: nothing can fill, nothing to compact or emit
        }
        matcher.match(sequence, instrumentId, tsEvent, price, quantity, instruments.quantityScale(instrumentId));
        if (reports.isHolding())
        {
            // Done orders leave the book before the listener hears of them, so its callbacks see a
            // consistent book and may submit or cancel.
            book.compact();
            reports.deliver(tsEvent);
        }
    }

    /**
     * @return open orders.
     */
    public int openOrders()
    {
        return book.size();
    }

    /**
     * @return most open orders at once.
     */
    public int capacity()
    {
        return book.capacity();
    }

    /**
     * @param clientOrderId of the order.
     * @return its open quantity, or 0 when it is not open.
     */
    public long remainingQuantity(final long clientOrderId)
    {
        final int i = book.indexOf(clientOrderId);
        return i < 0 ? 0 : book.remaining(i);
    }

    /**
     * @param reason of the rejects to count.
     * @return orders, cancels and trades refused for it since construction.
     */
    public long rejects(final VenueRejectReason reason)
    {
        return reports.rejects(reason);
    }

    /**
     * @return fills (full or partial) reported since construction.
     */
    public long fills()
    {
        return reports.fills();
    }

    /**
     * @return cancels reported since construction.
     */
    public long cancels()
    {
        return reports.cancels();
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
     * @see VenuePricing#slippedPrice
     */
    public static long slippedPrice(final OrderSide side, final long tradePrice, final int slippageBps)
    {
        return VenuePricing.slippedPrice(side, tradePrice, slippageBps);
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
     * @see VenuePricing#fee
     */
    public static long fee(final long price, final long quantity, final int quantityScale, final int feeBps)
    {
        return VenuePricing.fee(price, quantity, quantityScale, feeBps);
    }
}
