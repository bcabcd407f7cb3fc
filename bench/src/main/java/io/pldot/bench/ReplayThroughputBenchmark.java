package io.pldot.bench;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import com.lmax.disruptor.util.DaemonThreadFactory;
import io.pldot.engine.config.EngineConfig;
import io.pldot.engine.pipeline.Pipeline;
import io.pldot.engine.stage.OutputListener;
import io.pldot.journal.JournalReader;
import io.pldot.journal.chronicle.ChronicleJournalAppender;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Replay throughput of the real Bitstamp journal (99,982 trades) through the pipeline. Its
 * baselines, run in the same JMH run on the same records, are {@link ChronicleRawReadBenchmark}
 * (read every record, nothing else: the ceiling for a replay that must read the journal) and
 * {@link DisruptorBaselineBenchmark} (a bare 1-producer/1-consumer ring: the cost of the ring).
 * One operation is one whole replay (or read, or hand-over) of all records, including starting
 * and stopping the ring, as a user's replay does; records per second = ops/s x records. The ring
 * is 1024 slots for all three.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class ReplayThroughputBenchmark
{
    /** Records per operation (set at trial setup; read by the runner to print per-record figures). */
    public static final String RECORDS_PER_OP = "99982";

    @Param({"SHARED", "DEDICATED"})
    public String threading;

    @Param({"YIELDING", "BLOCKING"})
    public String waitStrategy;

    private BitstampJournal data;
    private EngineConfig config;
    private Path outputs;
    private int run;

    @Setup(Level.Trial)
    public void setUp()
    {
        data = BitstampJournal.create("replay");
        if (data.trades != Long.parseLong(RECORDS_PER_OP))
        {
            throw new IllegalStateException("expected " + RECORDS_PER_OP + " trades, journal has " + data.trades);
        }
        final EngineConfig base = data.config;
        config = new EngineConfig(base.journal(), base.instruments(), base.candles(),
            new EngineConfig.PipelineSettings(EngineConfig.Threading.parse(threading),
                EngineConfig.WaitStrategyKind.parse(waitStrategy), 1024, 2048),
            base.imports(), base.display());
        outputs = data.root.resolve("outputs");
    }

    @TearDown(Level.Trial)
    public void tearDown()
    {
        data.delete();
    }

    /**
     * The engine's replay: read the journal, publish each record into the ring, build candles, journal
     * the outputs.
     *
     * @return outputs journaled (consumed so the work cannot be eliminated).
     */
    @Benchmark
    public long replay()
    {
        // Each op appends to its own output queue folder so ops never share Chronicle state.
        final Path out = outputs.resolve(Integer.toString(run++ % 4));
        final Pipeline pipeline = new Pipeline(config, config.registry(), Pipeline.Mode.REPLAY, null,
            () -> new ChronicleJournalAppender(out), OutputListener.NONE);
        try (JournalReader reader = data.journal.openInputReader())
        {
            int length;
            while ((length = reader.next()) > 0)
            {
                pipeline.publish(reader.buffer(), 0, length);
            }
        }
        finally
        {
            pipeline.close();
        }
        return pipeline.outputs();
    }

}
