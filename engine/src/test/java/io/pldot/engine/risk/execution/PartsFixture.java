package io.pldot.engine.risk.execution;

import io.pldot.engine.event.OutputsBuffer;
import io.pldot.engine.risk.RiskHarness;
import io.pldot.engine.risk.RiskSettings;
import io.pldot.engine.risk.stop.TrailingStopSettings;
import io.pldot.engine.venue.VenueSettings;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.SignalDescriptor;
import io.pldot.journal.schema.TradingCodes;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.ArrayList;
import java.util.List;

/**
 * Drives the risk stage's parts ({@link RiskParts}) one input at a time, without the stage: {@link #next} starts an
 * input one second after the last, {@link #records} reads what the parts wrote into its outputs. Instruments:
 * BTCUSDT (id 1, dense 0, prices 2 dp, quantities 8 dp) and ETHUSDT (id 2, dense 1, 2 dp, 4 dp); cash at 2 dp.
 */
final class PartsFixture
{
    static final int BTC = RiskHarness.BTC;
    static final int ETH = RiskHarness.ETH;
    static final long SECOND = RiskHarness.SECOND;

    final InstrumentRegistry registry = RiskHarness.instruments();
    final RiskParts parts;
    final OutputsBuffer out = new OutputsBuffer(32 * 1024);
    long sequence;
    long ts = RiskHarness.START;

    PartsFixture(final RiskSettings settings, final VenueSettings venue)
    {
        parts = new RiskParts(registry, settings, venue, TrailingStopSettings.defaults());
    }

    /** Starts the next input ({@code nanos} after the last): empty outputs, fresh order ids and signals. */
    PartsFixture next(final long nanos)
    {
        out.reset();
        sequence++;
        ts += nanos;
        parts.records().begin(out, sequence, ts, ts);
        parts.placement().beginInput();
        parts.chain().beginInput();
        return this;
    }

    PartsFixture next()
    {
        return next(SECOND);
    }

    /** A trade tick as the next input, through the exit manager (venue, stops, max hold). */
    PartsFixture trade(final int instrument, final long price, final long quantity)
    {
        next();
        parts.exits().onTrade(instrument, price, quantity);
        return this;
    }

    /** Appends a signal to the current input's outputs, as the decision stage would; returns its offset. */
    int signal(
        final int instrument, final TradingCodes.SignalType type, final long entry, final long stop,
        final double confidence, final int rank)
    {
        final int at = out.claim(SignalDescriptor.LENGTH);
        SignalDescriptor.begin(out.buffer(), at, sequence, ts, ts, instrument, 60, type.code(), 7, ts);
        SignalDescriptor.putPrices(out.buffer(), at, entry, stop, 0);
        SignalDescriptor.putScores(out.buffer(), at, confidence, 0.5, 0.5, 0);
        SignalDescriptor.putRiskAndRank(out.buffer(), at, TradingCodes.RiskLevel.MEDIUM.code(), rank);
        return at;
    }

    /** A signal as the next input, collected and run through the execution chain. */
    PartsFixture runSignal(
        final int instrument, final TradingCodes.SignalType type, final long entry, final long stop)
    {
        next();
        parts.chain().add(out.buffer(), signal(instrument, type, entry, stop, 1.0, 1));
        parts.chain().run(out.buffer());
        return this;
    }

    /** @return copies of the current input's records of that type, in order. */
    List<DirectBuffer> records(final RecordType type)
    {
        final List<DirectBuffer> matching = new ArrayList<>();
        for (int o = 0; o < out.length(); o = out.next(o))
        {
            if (RecordHeaderDescriptor.typeId(out.buffer(), o) == type.typeId())
            {
                final byte[] bytes = new byte[RecordHeaderDescriptor.length(out.buffer(), o)];
                out.buffer().getBytes(o, bytes);
                matching.add(new UnsafeBuffer(bytes));
            }
        }
        return matching;
    }

    /** @return the single record of that type in the current input. */
    DirectBuffer only(final RecordType type)
    {
        final List<DirectBuffer> found = records(type);
        if (found.size() != 1)
        {
            throw new AssertionError("expected one " + type + ", found " + found.size());
        }
        return found.get(0);
    }
}
