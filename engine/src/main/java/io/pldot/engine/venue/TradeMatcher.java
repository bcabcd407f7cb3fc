package io.pldot.engine.venue;

import io.pldot.journal.instrument.FixedPoint;

/**
 * The simulated venue's fill model: which resting orders one trade fills, at what price, how much, and
 * for what fee (the rules are set out on {@link SimulatedVenue}). Eligibility is by event time and
 * engine sequence (never on the input that caused the decision); a limit fills at its own price with the
 * maker fee when the trade reaches it, a market order or a triggered stop at the slipped trade price with
 * the taker fee; with {@link VenueSettings#realistic()} the trade's quantity is the liquidity the orders
 * filled on it share in matching order, so a remainder stays open.
 * <p>
 * It changes the book's remaining quantities and stop triggers and holds the fills and rejects it finds
 * in the {@link VenueReports}; removing done orders and delivering the events is the venue's next step.
 * <p>
 * Single-threaded: owned by the venue's thread. Does not allocate.
 */
final class TradeMatcher
{
    private static final OrderSide[] SIDES = OrderSide.values();
    private static final int MARKET = OrderType.MARKET.ordinal();
    private static final int LIMIT = OrderType.LIMIT.ordinal();
    private static final int BUY = OrderSide.BUY.ordinal();

    private final RestingOrders book;
    private final VenueReports reports;
    private final VenueSettings settings;

    TradeMatcher(final RestingOrders book, final VenueReports reports, final VenueSettings settings)
    {
        this.book = book;
        this.reports = reports;
        this.settings = settings;
    }

    /**
     * Matches the book against one valid trade of a defined instrument.
     *
     * @param sequence      engine sequence of this trade's input.
     * @param instrumentId  of the trade.
     * @param tsEvent       event time of the trade, epoch ns.
     * @param price         fixed-point trade price, > 0.
     * @param quantity      fixed-point traded quantity, > 0.
     * @param quantityScale of the instrument.
     */
    void match(
        final long sequence, final int instrumentId, final long tsEvent, final long price, final long quantity,
        final int quantityScale)
    {
        final RestingOrders book = this.book;
        final boolean realistic = settings.realistic();
        long available = quantity;
        for (int i = 0; i < book.size(); i++)
        {
            if (book.activation(i) > tsEvent)
            {
                break; // sorted by activation: no later order is live yet
            }
            if (book.instrumentId(i) != instrumentId || book.decisionSequence(i) >= sequence)
            {
                continue;
            }
            final int type = book.type(i);
            final boolean buy = book.side(i) == BUY;
            final long execution;
            final int feeBps;
            if (type == LIMIT)
            {
                if (buy ? price > book.price(i) : price < book.price(i))
                {
                    continue;
                }
                execution = book.price(i);
                feeBps = settings.makerFeeBps();
            }
            else
            {
                if (type != MARKET && !book.isTriggered(i))
                {
                    if (buy ? price < book.price(i) : price > book.price(i))
                    {
                        continue;
                    }
                    book.trigger(i); // stays triggered for any remainder
                }
                execution = VenuePricing.slippedPrice(SIDES[book.side(i)], price, settings.slippageBps());
                feeBps = settings.takerFeeBps();
            }
            final long fillQuantity = realistic ? Math.min(book.remaining(i), available) : book.remaining(i);
            if (fillQuantity == 0)
            {
                continue; // this trade's liquidity is used up; a triggered stop waits for the next trade
            }
            final long fee = VenuePricing.fee(execution, fillQuantity, quantityScale, feeBps);
            if (execution == FixedPoint.OUT_OF_RANGE || fee == FixedPoint.OUT_OF_RANGE
                || !VenuePricing.notionalFits(execution, fillQuantity, quantityScale))
            {
                reports.holdReject(book, i, VenueRejectReason.NOTIONAL_OVERFLOW);
                book.exhaust(i);
                continue;
            }
            book.reduce(i, fillQuantity);
            available -= fillQuantity;
            reports.holdFill(book, i, execution, fillQuantity, fee);
        }
    }
}
