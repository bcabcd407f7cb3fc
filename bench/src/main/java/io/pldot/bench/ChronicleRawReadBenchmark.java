package io.pldot.bench;

import io.pldot.journal.JournalReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Baseline for replay: read every record of the real Bitstamp journal through the same
 * {@link JournalReader} replay uses, touching each record, and nothing else. The reader is opened
 * once per trial; one op = one pass over all records (as in the replay benchmark).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class ChronicleRawReadBenchmark
{
    private BitstampJournal data;
    private JournalReader reader;

    @Setup(Level.Trial)
    public void setUp()
    {
        data = BitstampJournal.create("read");
        reader = data.journal.openInputReader();
    }

    @TearDown(Level.Trial)
    public void tearDown()
    {
        reader.close();
        data.delete();
    }

    /**
     * @return a checksum of the records' lengths and sequences.
     */
    @Benchmark
    public long readAllRecords()
    {
        long sum = 0;
        reader.toStart();
        int length;
        while ((length = reader.next()) > 0)
        {
            sum += length + reader.buffer().getLong(8);
        }
        return sum;
    }
}
