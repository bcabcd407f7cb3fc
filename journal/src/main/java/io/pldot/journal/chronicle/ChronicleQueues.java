package io.pldot.journal.chronicle;

import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.RollCycles;

import java.nio.file.Path;

/**
 * Builds the Chronicle queues of a journal with one set of settings, so that writers and readers
 * in any process agree on them (daily roll, binary wire).
 */
final class ChronicleQueues
{
    private ChronicleQueues()
    {
    }

    static ChronicleQueue open(final Path path, final boolean readOnly)
    {
        return ChronicleQueue.singleBuilder(path)
            .rollCycle(RollCycles.FAST_DAILY)
            .readOnly(readOnly)
            .build();
    }
}
