package io.pldot.feeds.bars;

/**
 * Receives the accepted bars of a bars file, in file order (which the reader has checked is
 * strictly increasing in time). Called on the reading thread.
 */
@FunctionalInterface
public interface BarListener
{
    /**
     * @param openTime epoch ns where the bar starts.
     * @param open     first price.
     * @param high     highest price.
     * @param low      lowest price.
     * @param close    last price.
     * @param volume   traded quantity (0 allowed).
     */
    void onBar(long openTime, double open, double high, double low, double close, double volume);
}
