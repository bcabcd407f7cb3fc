package io.pldot.engine.app;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a replay did: counts, the output fingerprint, timing, and, when the journal already held
 * recorded outputs, whether the replay reproduced them bit for bit. Immutable.
 *
 * @param journal            the journal replayed.
 * @param outputsPath        where the replay's outputs were journaled.
 * @param threading          the layout used.
 * @param inputs             inbound records replayed.
 * @param inputsByType       inbound counts by record type.
 * @param outputs            output records journaled.
 * @param outputsByType      output counts by record type.
 * @param candlesByTimeframe closed candles by timeframe label.
 * @param rejectsByReason    refused inputs by reason.
 * @param outputHash         SHA-256 over the output records' bytes, in order.
 * @param firstEventTime     tsEvent of the first input, epoch ns (0 when none).
 * @param lastEventTime      tsEvent of the last input, epoch ns (0 when none).
 * @param elapsedMillis      wall time of the replay.
 * @param recordedOutputHash SHA-256 of the outputs already in the journal, or null.
 * @param reproduced         whether outputHash equals recordedOutputHash, or null.
 */
public record ReplayResult(
    String journal,
    String outputsPath,
    String threading,
    long inputs,
    Map<String, Long> inputsByType,
    long outputs,
    Map<String, Long> outputsByType,
    Map<String, Long> candlesByTimeframe,
    Map<String, Long> rejectsByReason,
    String outputHash,
    long firstEventTime,
    long lastEventTime,
    long elapsedMillis,
    String recordedOutputHash,
    Boolean reproduced)
{
    /**
     * @return inputs per second of wall time.
     */
    public long inputsPerSecond()
    {
        return elapsedMillis <= 0 ? inputs * 1000 : Math.round(inputs * 1000.0 / elapsedMillis);
    }

    /**
     * @return the summary as an ordered map, the shape printed by {@code replay --json}.
     */
    public Map<String, Object> toMap()
    {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("journal", journal);
        m.put("outputsPath", outputsPath);
        m.put("threading", threading);
        m.put("inputs", inputs);
        m.put("inputsByType", inputsByType);
        m.put("outputs", outputs);
        m.put("outputsByType", outputsByType);
        m.put("candlesByTimeframe", candlesByTimeframe);
        m.put("rejectsByReason", rejectsByReason);
        m.put("outputHash", outputHash);
        m.put("firstEventTime", firstEventTime);
        m.put("lastEventTime", lastEventTime);
        m.put("elapsedMillis", elapsedMillis);
        m.put("inputsPerSecond", inputsPerSecond());
        if (recordedOutputHash != null)
        {
            m.put("recordedOutputHash", recordedOutputHash);
            m.put("reproduced", reproduced);
        }
        return m;
    }
}
