package io.pldot.engine.risk.stop;

/**
 * How volatile an instrument is, which decides its trailing distance (OFS §8 (docs/references.md), README "Risk and execution").
 */
public enum AssetClass
{
    /** Regular crypto and forex: 0.5% by default. */
    REGULAR,
    /** Very volatile assets such as meme coins: 15% by default (OFS §8 allows 15-20%). */
    VOLATILE
}
