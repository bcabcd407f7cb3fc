package io.pldot.engine.analytics.drummond;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link SortedWindow} against a straightforward definition: after every add, the ring's values
 * sorted afresh (ascending by value, ties in ring slot order; with a NaN kept, the stable
 * insertion sort the order is defined by), compared bit for bit with their slots.
 */
class SortedWindowTest
{
    @Test
    void shouldKeepTheOrderOfAFreshSortAfterEveryAdd()
    {
        final Random random = new Random(7);
        for (int run = 0; run < 400; run++)
        {
            final int capacity = 1 + random.nextInt(70);
            final SortedWindow window = new SortedWindow(capacity);
            final double[] ring = new double[capacity];
            int size = 0;
            int next = 0;
            final int mode = run % 4;
            for (int add = 0; add < 300; add++)
            {
                final double value = value(random, mode);
                final int[] before = slots(window);
                window.add(value);
                if (!window.resorted())
                {
                    assertMovedOneRankTowardsTheFilledOne(before, window, next);
                }
                ring[next] = value;
                next = (next + 1) % capacity;
                size = Math.min(size + 1, capacity);
                final boolean nan = hasNaN(ring, size);
                final Integer[] expected = nan ? insertionSort(ring, size) : freshSort(ring, size);
                assertThat(window.size()).isEqualTo(size);
                assertThat(window.hasNaN()).isEqualTo(nan);
                for (int rank = 0; rank < size; rank++)
                {
                    assertThat(window.slotOf(rank)).as("slot of rank %d, add %d", rank, add).isEqualTo(expected[rank]);
                    assertThat(Double.doubleToRawLongBits(window.get(rank)))
                        .isEqualTo(Double.doubleToRawLongBits(ring[expected[rank]]));
                }
                if (!nan)
                {
                    final double x = value(random, mode);
                    int count = 0;
                    for (int i = 0; i < size; i++)
                    {
                        count += ring[i] <= x ? 1 : 0;
                    }
                    assertThat(window.countAtOrBelow(x)).as("values <= %s", x).isEqualTo(count);
                }
            }
        }
    }

    @Test
    void shouldKeepEqualValuesInRingSlotOrderAfterTheRingWraps()
    {
        final SortedWindow window = new SortedWindow(3);
        window.add(1.0);
        window.add(0.0);
        window.add(1.0);
        // Slot 0 now holds the newest -0.0: it still sorts before the 0.0 of slot 1 (equal to >).
        window.add(-0.0);
        assertThat(window.slotOf(0)).isEqualTo(0);
        assertThat(Double.doubleToRawLongBits(window.get(0))).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(window.slotOf(1)).isEqualTo(1);
        assertThat(window.slotOf(2)).isEqualTo(2);
        assertThat(window.countAtOrBelow(0.0)).isEqualTo(2);
        assertThat(window.countAtOrBelow(Double.NaN)).isZero();
    }

    @Test
    void shouldRefuseAnEmptyCapacity()
    {
        assertThatThrownBy(() -> new SortedWindow(0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The slots by rank after an add = those before, the vacated rank taken out, the new slot put in. */
    private static void assertMovedOneRankTowardsTheFilledOne(final int[] before, final SortedWindow window, final int slot)
    {
        final int vacated = window.vacatedRank();
        final int filled = window.filledRank();
        assertThat(window.slotOf(filled)).isEqualTo(slot);
        final int[] expected = new int[window.size()];
        int from = 0;
        for (int rank = 0; rank < expected.length; rank++)
        {
            if (rank == filled)
            {
                expected[rank] = slot;
                continue;
            }
            if (from == vacated && from < before.length)
            {
                from++;
            }
            expected[rank] = before[from++];
        }
        assertThat(slots(window)).isEqualTo(expected);
    }

    private static int[] slots(final SortedWindow window)
    {
        final int[] slots = new int[window.size()];
        for (int rank = 0; rank < slots.length; rank++)
        {
            slots[rank] = window.slotOf(rank);
        }
        return slots;
    }

    private static double value(final Random random, final int mode)
    {
        switch (mode)
        {
            case 0:
                // Coarse grid: many ties.
                return random.nextInt(5);
            case 1:
                // Signed zeros: equal to the comparison, different bits.
                return random.nextBoolean() ? 0.0 : -0.0;
            case 2:
                return random.nextGaussian() * 100;
            default:
                // NaNs entering and leaving, infinities.
                final int pick = random.nextInt(12);
                return pick == 0 ? Double.NaN : pick == 1 ? Double.POSITIVE_INFINITY
                    : pick == 2 ? Double.NEGATIVE_INFINITY : random.nextInt(4);
        }
    }

    private static boolean hasNaN(final double[] ring, final int size)
    {
        for (int i = 0; i < size; i++)
        {
            if (Double.isNaN(ring[i]))
            {
                return true;
            }
        }
        return false;
    }

    /** Slots by value (compared as doubles compare with {@code <}/{@code ==}), then by slot. */
    private static Integer[] freshSort(final double[] ring, final int size)
    {
        final Integer[] slots = new Integer[size];
        Arrays.setAll(slots, i -> i);
        final Comparator<Integer> byValue = (a, b) -> ring[a] < ring[b] ? -1 : ring[a] > ring[b] ? 1 : 0;
        Arrays.sort(slots, byValue.thenComparing(Comparator.naturalOrder()));
        return slots;
    }

    /** The stable insertion sort with {@code >} that defines the order when a NaN is kept. */
    private static Integer[] insertionSort(final double[] ring, final int size)
    {
        final Integer[] slots = new Integer[size];
        for (int i = 0; i < size; i++)
        {
            int j = i - 1;
            while (j >= 0 && ring[slots[j]] > ring[i])
            {
                slots[j + 1] = slots[j];
                j--;
            }
            slots[j + 1] = i;
        }
        return slots;
    }
}
