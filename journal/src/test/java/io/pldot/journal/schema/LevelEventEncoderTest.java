package io.pldot.journal.schema;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link LevelEventEncoder} writes, byte for byte, the record {@link LevelEventDescriptor#encode}
 * writes: random and extreme values (signed zeros, non-finite prices, out-of-range codes that are
 * cut to a byte), several records through the same encoder, into buffers pre-filled with garbage,
 * at an odd offset.
 */
class LevelEventEncoderTest
{
    private static final int OFFSET = 13;
    private static final double[] VALUES = {
        Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -0.0, 0.0, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, 1e-300, 96_821.93, -0.5,
    };

    @ParameterizedTest
    @EnumSource(value = RecordType.class, names = {"ZONE_EVENT", "GAP_EVENT"})
    void shouldWriteTheSameBytesAsTheDescriptor(final RecordType type)
    {
        final SplittableRandom random = new SplittableRandom(type.typeId());
        final LevelEventEncoder encoder = new LevelEventEncoder(type);
        for (int record = 0; record < 2_000; record++)
        {
            final byte[] bytes = new byte[OFFSET + LevelEventDescriptor.LENGTH + 32];
            Arrays.fill(bytes, (byte)random.nextInt(256));
            final UnsafeBuffer expected = new UnsafeBuffer(bytes);
            final UnsafeBuffer actual = new UnsafeBuffer(bytes.clone());
            final long sequence = random.nextLong();
            final long tsEvent = random.nextLong();
            final long tsRecv = random.nextLong();
            final int instrumentId = random.nextInt();
            final int timeframe = random.nextInt();
            final int kind = random.nextInt(512) - 128;
            final int status = random.nextInt(512) - 128;
            final int testCount = random.nextInt();
            final long firstSeen = random.nextLong();
            final long lastTouched = random.nextLong();
            final double low = value(random);
            final double high = value(random);
            final double strength = value(random);
            LevelEventDescriptor.encode(expected, OFFSET, type, sequence, tsEvent, tsRecv, instrumentId, timeframe, kind,
                status, testCount, firstSeen, lastTouched, low, high, strength);
            assertThat(encoder.encode(actual, OFFSET, sequence, tsEvent, tsRecv, instrumentId, timeframe, kind, status,
                testCount, firstSeen, lastTouched, low, high, strength)).isEqualTo(LevelEventDescriptor.LENGTH);
            assertThat(actual.byteArray()).as("record %d", record).isEqualTo(expected.byteArray());
        }
    }

    @Test
    void shouldRefuseATypeThatIsNotALevelEvent()
    {
        assertThatThrownBy(() -> new LevelEventEncoder(RecordType.INDICATOR_SNAPSHOT))
            .isInstanceOf(IllegalArgumentException.class);
    }

    private static double value(final SplittableRandom random)
    {
        return random.nextBoolean() ? VALUES[random.nextInt(VALUES.length)] : random.nextDouble(-1e6, 1e6);
    }
}
