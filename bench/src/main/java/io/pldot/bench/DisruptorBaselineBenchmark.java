package io.pldot.bench;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import com.lmax.disruptor.util.DaemonThreadFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Baseline for replay: a bare Disruptor, one producer and one consumer, 1024 slots, handing over
 * one long per record for as many records as the Bitstamp journal holds; built once per trial, one
 * op = one pass, then wait until consumed (as the replay benchmark does). The cost of the ring itself.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class DisruptorBaselineBenchmark
{
    @Param({"YIELDING", "BLOCKING"})
    public String waitStrategy;

    private Disruptor<LongEvent> disruptor;
    private RingBuffer<LongEvent> ring;
    private SummingHandler handler;

    @Setup(Level.Trial)
    public void setUp()
    {
        final WaitStrategy wait = waitStrategy.equals("YIELDING") ? new YieldingWaitStrategy() :
            new BlockingWaitStrategy();
        disruptor = new Disruptor<>(LongEvent::new, 1024, DaemonThreadFactory.INSTANCE, ProducerType.SINGLE, wait);
        handler = new SummingHandler();
        disruptor.handleEventsWith(handler);
        ring = disruptor.start();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception
    {
        disruptor.shutdown(1, TimeUnit.MINUTES);
    }

    /**
     * One pass: hand over as many longs as the journal has records, then wait until consumed.
     *
     * @return the consumer's sum.
     */
    @Benchmark
    public long handOver()
    {
        final long n = BenchDataset.BITSTAMP.trades();
        for (long i = 0; i < n; i++)
        {
            final long seq = ring.next();
            ring.get(seq).value = i;
            ring.publish(seq);
        }
        final long published = ring.getCursor();
        while (ring.getMinimumGatingSequence() < published)
        {
            Thread.onSpinWait();
        }
        return handler.sum;
    }

    /** The event: one long. */
    public static final class LongEvent
    {
        long value;
    }

    private static final class SummingHandler implements EventHandler<LongEvent>
    {
        volatile long sum;
        private long local;

        @Override
        public void onEvent(final LongEvent event, final long sequence, final boolean endOfBatch)
        {
            local += event.value;
            if (endOfBatch)
            {
                sum = local;
            }
        }
    }
}
