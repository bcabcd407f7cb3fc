/**
 * Order flow from executed trades (OFS (docs/references.md)): per-candle delta, cumulative volume delta, buy/sell
 * imbalance, aggressor counts and sizes, and their rolling window. Incremental and allocation-free.
 */
package io.pldot.engine.analytics.flow;
