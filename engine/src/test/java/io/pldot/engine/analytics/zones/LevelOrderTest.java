package io.pldot.engine.analytics.zones;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shared level list against a plain list of ids on random adds and evictions.
 */
class LevelOrderTest
{
    @Test
    void shouldListIdsOldestFirstLikeAPlainListOnRandomAddsAndRemovals()
    {
        final Random random = new Random(42);
        for (int capacity = 1; capacity <= 9; capacity++)
        {
            final LevelOrder order = new LevelOrder(capacity);
            final List<Long> reference = new ArrayList<>();
            // What the owner would store by slot: the id it put there.
            final long[] stored = new long[capacity];
            long nextId = 1;
            for (int step = 0; step < 2_000; step++)
            {
                if (order.isFull() || (order.count() > 0 && random.nextInt(3) == 0))
                {
                    final int index = random.nextInt(order.count());
                    order.remove(index);
                    reference.remove(index);
                }
                else
                {
                    final int slot = order.add();
                    stored[slot] = nextId;
                    reference.add(nextId);
                    nextId++;
                }
                assertThat(order.count()).isEqualTo(reference.size());
                assertThat(order.isFull()).isEqualTo(reference.size() == capacity);
                final Set<Integer> slots = new HashSet<>();
                for (int i = 0; i < order.count(); i++)
                {
                    final int slot = order.checkedSlot(i);
                    assertThat(order.slot(i)).isEqualTo(slot);
                    assertThat(slots.add(slot)).as("slot %d listed twice", slot).isTrue();
                    assertThat(order.id(slot)).isEqualTo(reference.get(i));
                    assertThat(stored[slot]).as("values stay in their slot").isEqualTo(reference.get(i));
                    assertThat(order.indexOf(reference.get(i))).isEqualTo(i);
                }
            }
        }
    }

    @Test
    void shouldReuseTheEvictedSlotAndForgetTheEvictedId()
    {
        final LevelOrder order = new LevelOrder(3);
        final int first = order.add();
        final int second = order.add();
        order.add();
        order.remove(1);

        assertThat(order.add()).isEqualTo(second);
        assertThat(order.indexOf(2)).isEqualTo(-1);
        assertThat(order.id(order.slot(0))).isEqualTo(1);
        assertThat(order.slot(0)).isEqualTo(first);
        assertThat(order.id(order.slot(2))).isEqualTo(4);
    }

    @Test
    void shouldEvictTheOldestRetiredLevelElseTheOldestLikeAPlainScan()
    {
        final Random random = new Random(7);
        for (int capacity = 1; capacity <= 9; capacity++)
        {
            final LevelOrder order = new LevelOrder(capacity);
            // Reference: the listed slots oldest first, and which slots are retired.
            final List<Integer> listed = new ArrayList<>();
            final Set<Integer> retired = new HashSet<>();
            for (int step = 0; step < 3_000; step++)
            {
                final int action = random.nextInt(4);
                if (action == 0 && !listed.isEmpty())
                {
                    final int slot = listed.get(random.nextInt(listed.size()));
                    if (retired.add(slot))
                    {
                        order.retire(slot);
                    }
                }
                else if (order.isFull())
                {
                    int expected = 0;
                    for (int i = 0; i < listed.size(); i++)
                    {
                        if (retired.contains(listed.get(i)))
                        {
                            expected = i;
                            break;
                        }
                    }
                    assertThat(order.evictionIndex()).as("capacity %d, step %d", capacity, step).isEqualTo(expected);
                    retired.remove(listed.remove(expected));
                    order.remove(expected);
                }
                else
                {
                    listed.add(order.add());
                }
            }
        }
    }

    @Test
    void shouldRejectIndicesOutsideTheListAndAddsWhenFull()
    {
        final LevelOrder order = new LevelOrder(2);
        order.add();

        assertThatThrownBy(() -> order.checkedSlot(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> order.checkedSlot(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> order.remove(1)).isInstanceOf(IndexOutOfBoundsException.class);
        order.add();
        assertThatThrownBy(order::add).isInstanceOf(IllegalStateException.class);
    }
}
