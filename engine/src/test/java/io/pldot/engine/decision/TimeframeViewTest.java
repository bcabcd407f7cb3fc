package io.pldot.engine.decision;

import io.pldot.journal.schema.IndicatorField;
import io.pldot.journal.schema.IndicatorSnapshotDescriptor;
import io.pldot.journal.schema.IndicatorSnapshotEncoder;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The view keeps a snapshot's values as one block with its presence bits: every field must read what
 * the record holds when present and NaN when absent, whatever bytes an absent field's slot holds.
 */
class TimeframeViewTest
{
    private static final IndicatorField[] FIELDS = IndicatorField.values();
    private static final int AT = 40;

    private final IndicatorSnapshotEncoder encoder = new IndicatorSnapshotEncoder();
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[AT + IndicatorSnapshotDescriptor.LENGTH + 64]);

    @Test
    void shouldReadEveryPresentFieldFromTheSnapshotAndNaNForEveryAbsentOne()
    {
        final TimeframeView view = new TimeframeView(300, 2, 8);
        for (final IndicatorField field : FIELDS)
        {
            assertThat(view.value(field)).as("%s before any snapshot", field).isNaN();
        }

        snapshot(0);
        view.onSnapshot(buffer, AT);
        for (final IndicatorField field : FIELDS)
        {
            if (field.ordinal() % 3 == 0)
            {
                assertThat(view.value(field)).as("%s", field).isEqualTo(valueOf(field, 0));
            }
            else
            {
                assertThat(view.value(field)).as("%s", field).isNaN();
            }
        }

        // The next snapshot defines other fields: none of the first one's values is left over.
        snapshot(1);
        view.onSnapshot(buffer, AT);
        for (final IndicatorField field : FIELDS)
        {
            if (field.ordinal() % 3 == 1)
            {
                assertThat(view.value(field)).as("%s", field).isEqualTo(valueOf(field, 1));
            }
            else
            {
                assertThat(view.value(field)).as("%s", field).isNaN();
            }
        }
    }

    @Test
    void shouldReadAValueSetByHandAndNaNWhenSetToNaN()
    {
        final TimeframeView view = new TimeframeView(60, 2, 8);
        view.setValue(IndicatorField.PLDOT, 101.25);
        view.setValue(IndicatorField.ATR, Double.NaN);
        assertThat(view.value(IndicatorField.PLDOT)).isEqualTo(101.25);
        assertThat(view.value(IndicatorField.ATR)).isNaN();
        assertThat(view.value(IndicatorField.DELTA)).isNaN();
    }

    /** Fields whose ordinal is {@code shift} mod 3 are defined; every other slot holds a decoy. */
    private void snapshot(final int shift)
    {
        encoder.begin(7, 1_000, 1_000, 1, 300, 0);
        for (final IndicatorField field : FIELDS)
        {
            if (field.ordinal() % 3 == shift)
            {
                encoder.value(field, valueOf(field, shift));
            }
        }
        encoder.writeTo(buffer, AT);
        for (final IndicatorField field : FIELDS)
        {
            if (field.ordinal() % 3 != shift)
            {
                buffer.putDouble(AT + IndicatorSnapshotDescriptor.VALUES_OFFSET + 8 * field.ordinal(), -999.5,
                    RecordHeaderDescriptor.BYTE_ORDER);
            }
        }
    }

    private static double valueOf(final IndicatorField field, final int shift)
    {
        return 10.5 * field.ordinal() + shift + 0.125;
    }
}
