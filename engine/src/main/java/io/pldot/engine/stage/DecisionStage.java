package io.pldot.engine.stage;

import io.pldot.engine.candle.TimeframeText;
import io.pldot.engine.decision.MultiTimeframeView;
import io.pldot.engine.decision.SignalCandidates;
import io.pldot.engine.decision.SignalDeduplicator;
import io.pldot.engine.decision.SignalRanker;
import io.pldot.engine.decision.strategy.StrategySettings;
import io.pldot.engine.decision.TimeframeView;
import io.pldot.engine.decision.strategy.Strategy;
import io.pldot.engine.decision.strategy.StrategyDefinition;
import io.pldot.engine.event.OutputsBuffer;
import io.pldot.engine.event.RingSlot;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.CandleClosedDescriptor;
import io.pldot.journal.schema.IndicatorSnapshotDescriptor;
import io.pldot.journal.schema.LevelEventDescriptor;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.SignalDescriptor;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * Stage D: the decision. It runs after the analytics stage on the same slot and reads only the
 * records the earlier stages appended for this input:
 * <ol>
 *   <li>every CandleClosed, IndicatorSnapshot, ZoneEvent and GapEvent of a timeframe the
 *       strategy watches updates that instrument's {@link MultiTimeframeView} (all of them
 *       first, so a 5m decision taken on the input that also closed the hour sees the new hour);</li>
 *   <li>then, for each instrument whose trading-timeframe candle closed in this slot (in the
 *       order those candles appear), the strategy proposes signals — unless it needs analytics
 *       and no snapshot of that bar arrived (analytics off), which is counted;</li>
 *   <li>proposals that repeat an emitted one within the de-duplication window are dropped
 *       (counted), the rest are ranked ({@link SignalRanker}) and appended as Signal records
 *       with rank 1..n, tagged with the input's sequence and times.</li>
 * </ol>
 * Time is the input's event time; no clock is read. No allocation after construction.
 * Owned by its handler thread; not thread-safe.
 */
public final class DecisionStage implements Stage
{
    private final InstrumentRegistry registry;
    private final StrategySettings settings;
    private final Strategy strategy;
    private final int strategyCode;
    private final boolean needsAnalytics;
    private final MultiTimeframeView[] views;
    private final int[] pending;
    private final boolean[] isPending;
    private final SignalCandidates candidates = new SignalCandidates();
    private final SignalRanker ranker = new SignalRanker();
    private final SignalDeduplicator deduplicator;
    private final int[] order = new int[SignalCandidates.CAPACITY];

    private long decisions;
    private long signalsEmitted;
    private long duplicatesSuppressed;
    private long barsWithoutSnapshot;

    /**
     * @param registry         instruments, by dense index.
     * @param candleTimeframes the candle timeframes in seconds (candles.timeframes).
     * @param settings         strategy, parameters, timeframes and de-duplication window.
     * @throws IllegalArgumentException when a timeframe the strategy needs is not a candle timeframe.
     */
    public DecisionStage(
        final InstrumentRegistry registry, final int[] candleTimeframes, final StrategySettings settings)
    {
        final StrategyDefinition definition = settings.definition();
        requireTimeframe("trading", settings.tradingSeconds(), candleTimeframes);
        if (definition.multiTimeframe())
        {
            requireTimeframe("higher", settings.higherSeconds(), candleTimeframes);
            requireTimeframe("lower", settings.lowerSeconds(), candleTimeframes);
        }
        this.registry = registry;
        this.settings = settings;
        this.strategy = definition.create(settings.parameters(), registry.size());
        this.strategyCode = definition.code();
        this.needsAnalytics = definition.needsAnalytics();
        this.views = new MultiTimeframeView[registry.size()];
        for (int i = 0; i < views.length; i++)
        {
            views[i] = new MultiTimeframeView(i, registry.instruments().get(i), settings.higherSeconds(),
                settings.tradingSeconds(), settings.lowerSeconds());
        }
        this.pending = new int[registry.size()];
        this.isPending = new boolean[registry.size()];
        this.deduplicator = new SignalDeduplicator(registry.size(), settings.dedupWindowNanos());
    }

    private static void requireTimeframe(final String role, final int seconds, final int[] candleTimeframes)
    {
        for (final int tf : candleTimeframes)
        {
            if (tf == seconds)
            {
                return;
            }
        }
        final StringBuilder known = new StringBuilder();
        for (final int tf : candleTimeframes)
        {
            known.append(known.length() == 0 ? "" : ", ").append(TimeframeText.of(tf));
        }
        throw new IllegalArgumentException("strategy.timeframes." + role + " " + TimeframeText.of(seconds) +
            " is not a candle timeframe (candles.timeframes: [" + known + "])");
    }

    @Override
    public void onEvent(final RingSlot slot, final boolean endOfBatch)
    {
        final OutputsBuffer outputs = slot.outputs();
        final DirectBuffer out = outputs.buffer();
        // Only what earlier stages wrote: the signals appended below are not revisited.
        final int end = outputs.length();
        int pendingCount = 0;
        for (int offset = 0; offset < end; offset = outputs.next(offset))
        {
            final int typeId = RecordHeaderDescriptor.typeId(out, offset);
            if (typeId == RecordType.CANDLE_CLOSED.typeId())
            {
                final int index = registry.indexOf(CandleClosedDescriptor.INSTRUMENT_ID.get(out, offset));
                final TimeframeView view = index < 0 ? null :
                    views[index].view(CandleClosedDescriptor.TIMEFRAME_SECONDS.get(out, offset));
                if (view != null)
                {
                    view.onCandle(out, offset);
                    if (view == views[index].trading() && !isPending[index])
                    {
                        isPending[index] = true;
                        pending[pendingCount++] = index;
                    }
                }
            }
            else if (typeId == RecordType.INDICATOR_SNAPSHOT.typeId())
            {
                final TimeframeView view = view(IndicatorSnapshotDescriptor.INSTRUMENT_ID.get(out, offset),
                    IndicatorSnapshotDescriptor.TIMEFRAME_SECONDS.get(out, offset));
                if (view != null)
                {
                    view.onSnapshot(out, offset);
                }
            }
            else if (typeId == RecordType.ZONE_EVENT.typeId() || typeId == RecordType.GAP_EVENT.typeId())
            {
                final TimeframeView view = view(LevelEventDescriptor.INSTRUMENT_ID.get(out, offset),
                    LevelEventDescriptor.TIMEFRAME_SECONDS.get(out, offset));
                if (view != null)
                {
                    if (typeId == RecordType.ZONE_EVENT.typeId())
                    {
                        view.onZoneEvent(out, offset);
                    }
                    else
                    {
                        view.onGapEvent(out, offset);
                    }
                }
            }
        }
        if (pendingCount == 0)
        {
            return;
        }
        final DirectBuffer in = slot.input();
        final long sequence = RecordHeaderDescriptor.sequence(in, 0);
        final long tsEvent = RecordHeaderDescriptor.tsEvent(in, 0);
        final long tsRecv = RecordHeaderDescriptor.tsRecv(in, 0);
        for (int k = 0; k < pendingCount; k++)
        {
            final int index = pending[k];
            isPending[index] = false;
            decide(views[index], outputs, sequence, tsEvent, tsRecv);
        }
    }

    private TimeframeView view(final int instrumentId, final int timeframeSeconds)
    {
        final int index = registry.indexOf(instrumentId);
        return index < 0 ? null : views[index].view(timeframeSeconds);
    }

    private void decide(
        final MultiTimeframeView view, final OutputsBuffer outputs, final long sequence, final long tsEvent, final long tsRecv)
    {
        if (needsAnalytics && !view.trading().hasCurrentSnapshot())
        {
            barsWithoutSnapshot++;
            return;
        }
        decisions++;
        candidates.clear();
        strategy.onTradingBar(view, candidates);
        final int proposed = candidates.count();
        if (proposed == 0)
        {
            return;
        }
        final int instrument = view.instrumentIndex();
        int kept = 0;
        int proposedMask = 0;
        int emittedMask = 0;
        for (int i = 0; i < proposed; i++)
        {
            final int typeBit = 1 << (candidates.type(i) - 1);
            proposedMask |= typeBit;
            if (deduplicator.isDuplicate(instrument, candidates.type(i), tsEvent) || (emittedMask & typeBit) != 0)
            {
                duplicatesSuppressed++;
            }
            else
            {
                emittedMask |= typeBit;
                order[kept++] = i;
            }
        }
        deduplicator.onDecision(instrument, proposedMask, emittedMask, tsEvent);
        ranker.rank(candidates, order, kept);
        final int instrumentId = view.instrument().id();
        final int timeframeSeconds = view.trading().timeframeSeconds();
        final long barTime = view.trading().openTime();
        for (int rank = 1; rank <= kept; rank++)
        {
            final int i = order[rank - 1];
            final int offset = outputs.claim(SignalDescriptor.LENGTH);
            final MutableDirectBuffer b = outputs.buffer();
            SignalDescriptor.begin(b, offset, sequence, tsEvent, tsRecv, instrumentId, timeframeSeconds,
                candidates.type(i), strategyCode, barTime);
            SignalDescriptor.putRiskAndRank(b, offset, candidates.riskLevel(i), rank);
            SignalDescriptor.putContext(b, offset, candidates.higherDirection(i), candidates.tradingDirection(i),
                candidates.state(i), candidates.pattern(i));
            SignalDescriptor.putPrices(b, offset, candidates.entry(i), candidates.stop(i), candidates.target(i));
            SignalDescriptor.putScores(b, offset, candidates.confidence(i), candidates.strength(i),
                candidates.alignment(i), candidates.confluence(i));
            signalsEmitted++;
        }
    }

    /** @return the settings this stage runs with. */
    public StrategySettings settings()
    {
        return settings;
    }

    /** @return trading bars the strategy was asked about. */
    public long decisions()
    {
        return decisions;
    }

    /** @return Signal records written. */
    public long signalsEmitted()
    {
        return signalsEmitted;
    }

    /** @return proposals dropped as repeats within the de-duplication window. */
    public long duplicatesSuppressed()
    {
        return duplicatesSuppressed;
    }

    /** @return trading bars skipped because the strategy needs a snapshot and none arrived. */
    public long barsWithoutSnapshot()
    {
        return barsWithoutSnapshot;
    }

    /**
     * @param instrumentIndex dense index.
     * @return that instrument's view (read-only use, on this stage's thread or after it stopped).
     */
    public MultiTimeframeView view(final int instrumentIndex)
    {
        return views[instrumentIndex];
    }

    @Override
    public String name()
    {
        return "decision";
    }
}
