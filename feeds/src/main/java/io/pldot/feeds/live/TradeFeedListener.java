package io.pldot.feeds.live;

import io.pldot.journal.schema.FeedStatus;
import io.pldot.journal.schema.Side;

/**
 * Receives the trades and status changes of one live trade feed.
 * <p>
 * Thread-safety: called from the feed's own single thread only (one producer per feed); implementations must be
 * fast and must not block.
 */
public interface TradeFeedListener
{
    /**
     * One validated trade; per instrument the venue trade ids arrive increasing with no duplicates.
     *
     * @param price    fixed point at the instrument's price scale
     * @param quantity fixed point at the instrument's quantity scale
     */
    void onTrade(
        long tsEventNanos, long tsRecvNanos, int instrumentId, Side side, long price, long quantity, long venueTradeId);

    /** A change of the feed's health; instrumentId 0 (FeedStatusDescriptor.ALL_INSTRUMENTS) means all of the feed. */
    void onFeedStatus(long nowNanos, int instrumentId, FeedStatus status);
}
