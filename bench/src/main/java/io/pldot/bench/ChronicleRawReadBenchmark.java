package io.pldot.bench;

import io.pldot.journal.JournalReader;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import org.agrona.concurrent.UnsafeBuffer;
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

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;

/**
 * Baseline for replay: read every record of a real trade journal ({@link BenchDataset}) through the same
 * {@link JournalReader} replay uses and copy its bytes out once, into a direct buffer, as replay
 * copies each record into a ring slot; nothing else. (The reader hands out a view onto the mapped
 * queue file, so merely touching a field would not read the record: the copy keeps the baseline
 * reading every byte.) The reader is opened once per trial; one op = one pass over all records
 * (as in the replay benchmark).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class ChronicleRawReadBenchmark
{
    /** Which real trades are read (see {@link BenchDataset}); the replay benchmark has the same parameter. */
    @Param({"bitstamp", "binance-futures"})
    public String dataset;

    private BitstampJournal data;
    private JournalReader reader;
    private final UnsafeBuffer copy =
        new UnsafeBuffer(ByteBuffer.allocateDirect(RecordHeaderDescriptor.MAX_RECORD_LENGTH));

    @Setup(Level.Trial)
    public void setUp()
    {
        data = BitstampJournal.create("read", BenchDataset.of(dataset));
        reader = data.journal.openInputReader();
    }

    @TearDown(Level.Trial)
    public void tearDown()
    {
        reader.close();
        data.delete();
    }

    /**
     * @return a checksum of the records' lengths and sequences (read from the copies).
     */
    @Benchmark
    public long readAllRecords()
    {
        long sum = 0;
        reader.toStart();
        int length;
        while ((length = reader.next()) > 0)
        {
            copy.putBytes(0, reader.buffer(), 0, length);
            sum += length + copy.getLong(RecordHeaderDescriptor.SEQUENCE_OFFSET);
        }
        return sum;
    }
}
