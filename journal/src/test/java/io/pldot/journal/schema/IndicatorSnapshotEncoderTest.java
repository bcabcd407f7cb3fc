package io.pldot.journal.schema;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link IndicatorSnapshotEncoder} writes, byte for byte, the record that
 * {@link IndicatorSnapshotDescriptor#begin} and its {@code put…} methods write: for random subsets
 * of fields and codes (so one record's values must not leak into the next one built by the same
 * encoder), with extremes, signed zeros and non-finite values, into buffers pre-filled with
 * garbage, at an odd offset.
 */
class IndicatorSnapshotEncoderTest
{
    private static final int OFFSET = 13;
    private static final double[] VALUES = {
        Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -0.0, 0.0, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, 1e-300, 96_821.93, -0.5,
    };

    @Test
    void shouldWriteTheSameBytesAsTheDescriptor()
    {
        final SplittableRandom random = new SplittableRandom(11);
        final IndicatorSnapshotEncoder encoder = new IndicatorSnapshotEncoder();
        for (int record = 0; record < 2_000; record++)
        {
            final UnsafeBuffer expected = garbage(random);
            final UnsafeBuffer actual = new UnsafeBuffer(expected.byteArray().clone());
            final long sequence = random.nextLong();
            final long tsEvent = random.nextLong();
            final long tsRecv = random.nextLong();
            final int instrumentId = random.nextInt();
            final int timeframe = random.nextInt();
            final long openTime = random.nextLong();
            IndicatorSnapshotDescriptor.begin(expected, OFFSET, sequence, tsEvent, tsRecv, instrumentId, timeframe,
                openTime);
            encoder.begin(sequence, tsEvent, tsRecv, instrumentId, timeframe, openTime);
            for (final IndicatorField field : IndicatorField.values())
            {
                if (random.nextInt(3) > 0)
                {
                    final double value = random.nextBoolean() ? VALUES[random.nextInt(VALUES.length)]
                        : random.nextDouble(-1e6, 1e6);
                    IndicatorSnapshotDescriptor.putValue(expected, OFFSET, field, value);
                    encoder.value(field, value);
                }
            }
            for (int slot = 0; slot < IndicatorField.EMA_SLOTS; slot++)
            {
                if (random.nextBoolean())
                {
                    final int period = random.nextInt(0x10000);
                    IndicatorSnapshotDescriptor.putEmaPeriod(expected, OFFSET, slot, period);
                    encoder.emaPeriod(slot, period);
                }
            }
            if (random.nextBoolean())
            {
                final int barsInState = random.nextInt();
                IndicatorSnapshotDescriptor.putState(expected, OFFSET, 1 + random.nextInt(5), random.nextInt(6),
                    random.nextInt(4), random.nextInt(4), barsInState);
                // Same codes again: the random draws above went to the descriptor only.
                encoder.state(IndicatorSnapshotDescriptor.STATE.get(expected, OFFSET),
                    IndicatorSnapshotDescriptor.PREVIOUS_STATE.get(expected, OFFSET),
                    IndicatorSnapshotDescriptor.TREND.get(expected, OFFSET),
                    IndicatorSnapshotDescriptor.SLOPE_TREND.get(expected, OFFSET), barsInState);
            }
            if (random.nextBoolean())
            {
                final int regime = random.nextInt(256);
                final int shape = random.nextInt(256);
                final int patterns = random.nextInt(256);
                IndicatorSnapshotDescriptor.putContext(expected, OFFSET, regime, shape, patterns);
                encoder.context(regime, shape, patterns);
            }
            assertThat(encoder.writeTo(actual, OFFSET)).isEqualTo(IndicatorSnapshotDescriptor.LENGTH);
            assertThat(actual.byteArray()).as("record %d", record).isEqualTo(expected.byteArray());
        }
    }

    @Test
    void shouldRefuseAnEmaSlotOrPeriodOutOfRange()
    {
        final IndicatorSnapshotEncoder encoder = new IndicatorSnapshotEncoder();
        assertThatThrownBy(() -> encoder.emaPeriod(8, 20)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("slot 8");
        assertThatThrownBy(() -> encoder.emaPeriod(0, 0x10000)).isInstanceOf(IllegalArgumentException.class);
    }

    private static UnsafeBuffer garbage(final SplittableRandom random)
    {
        final byte[] bytes = new byte[OFFSET + IndicatorSnapshotDescriptor.LENGTH + 32];
        Arrays.fill(bytes, (byte)random.nextInt(256));
        return new UnsafeBuffer(bytes);
    }
}
