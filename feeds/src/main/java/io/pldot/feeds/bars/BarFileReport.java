package io.pldot.feeds.bars;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What reading one bars file did: rows accepted, rows refused by reason, and the first refusals
 * with file and line. Built by the reading thread, then read-only.
 */
public final class BarFileReport
{
    /** Refusals kept verbatim; later ones are only counted. */
    public static final int MAX_EXAMPLES = 20;

    private final String file;
    private final Map<BarRejectReason, Long> rejected = new EnumMap<>(BarRejectReason.class);
    private final List<String> examples = new ArrayList<>();
    private long accepted;

    BarFileReport(final String file)
    {
        this.file = file;
    }

    void accept()
    {
        accepted++;
    }

    void reject(final BarRejectReason reason, final long line, final String detail)
    {
        rejected.merge(reason, 1L, Long::sum);
        if (examples.size() < MAX_EXAMPLES)
        {
            examples.add(file + ":" + line + ": " + reason + " (" + reason.description() + "): " + detail);
        }
    }

    /** @return the file read. */
    public String file()
    {
        return file;
    }

    /** @return bars passed to the listener. */
    public long accepted()
    {
        return accepted;
    }

    /** @return rows refused, all reasons. */
    public long rejectedTotal()
    {
        long total = 0;
        for (final long count : rejected.values())
        {
            total += count;
        }
        return total;
    }

    /** @return refusals by reason (only reasons that occurred). */
    public Map<BarRejectReason, Long> rejected()
    {
        return Collections.unmodifiableMap(rejected);
    }

    /** @return the first refusals, "file:line: REASON (meaning): detail". */
    public List<String> examples()
    {
        return Collections.unmodifiableList(examples);
    }
}
