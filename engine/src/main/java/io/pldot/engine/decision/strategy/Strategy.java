package io.pldot.engine.decision.strategy;

import io.pldot.engine.decision.MultiTimeframeView;
import io.pldot.engine.decision.SignalCandidates;

/**
 * A pluggable trading policy: looks at one instrument's multi-timeframe view when a bar of the
 * trading timeframe closes and proposes zero or more signals. The decision stage de-duplicates,
 * ranks and writes them. One instance serves every instrument of the stage (key per-instrument
 * state by {@link MultiTimeframeView#instrumentIndex()}); it never reads a clock, never allocates
 * after construction, and is called only from the decision stage's thread.
 */
public interface Strategy
{
    /**
     * Decides on one closed trading-timeframe bar.
     *
     * @param view instrument state; the trading view's last candle is the bar that just closed,
     *             and the other views hold everything that closed up to and including this input.
     * @param out  where to propose signals (cleared by the caller).
     */
    void onTradingBar(MultiTimeframeView view, SignalCandidates out);
}
