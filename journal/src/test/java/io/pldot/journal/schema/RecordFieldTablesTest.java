package io.pldot.journal.schema;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class RecordFieldTablesTest
{
    @Test
    void shouldDescribeEveryRecordTypeWithItsDescriptorsLength() throws Exception
    {
        for (final RecordType type : RecordType.values())
        {
            final RecordFieldTable table = RecordFieldTables.of(type);
            assertThat(table).as(type.name()).isNotNull();
            assertThat(table.fields()).as(type.name()).isNotEmpty();
            assertThat(table.length()).as(type.name())
                .isEqualTo(type.length())
                .isEqualTo(table.descriptor().getField("LENGTH").getInt(null));
        }
    }

    @Test
    void shouldPlaceEveryFieldInsideThePayloadWithoutOverlap()
    {
        for (final RecordType type : RecordType.values())
        {
            final RecordFieldTable table = RecordFieldTables.of(type);
            final List<RecordField> byOffset = table.fields().stream()
                .sorted(Comparator.comparingInt(RecordField::offset)).toList();
            int end = RecordHeaderDescriptor.HEADER_LENGTH;
            for (final RecordField field : byOffset)
            {
                assertThat(field.offset()).as(type + "." + field.name() + " overlaps the field before").isGreaterThanOrEqualTo(end);
                end = field.offset() + field.width().bytes();
            }
            assertThat(end).as(type + ": last field ends past LENGTH").isLessThanOrEqualTo(table.length());
        }
    }

    @Test
    void shouldUseEveryOffsetTheDescriptorDeclaresAndNoOther() throws Exception
    {
        for (final RecordType type : RecordType.values())
        {
            final RecordFieldTable table = RecordFieldTables.of(type);
            final Set<Integer> declared = new TreeSet<>();
            for (final RecordField field : declaredFields(table))
            {
                declared.add(field.offset());
            }
            final Set<Integer> tabled = new TreeSet<>();
            table.fields().forEach(field -> tabled.add(field.offset()));
            assertThat(tabled).as(type.name()).containsAll(declared);
            assertThat(tabled).as(type + ": offsets the table adds are array slots after a declared field")
                .allMatch(offset -> declared.contains(offset) || type == RecordType.INDICATOR_SNAPSHOT);
        }
    }

    @Test
    void shouldListEveryFieldConstantTheDescriptorDeclares() throws Exception
    {
        for (final RecordType type : RecordType.values())
        {
            final RecordFieldTable table = RecordFieldTables.of(type);
            for (final RecordField declared : declaredFields(table))
            {
                assertThat(table.fields()).as(type + " lists " + declared.name())
                    .anyMatch(field -> field.equals(declared) || field.offset() == declared.offset()
                        && field.width() == declared.width() && field.name().equals(declared.name())
                        && field.display() == RecordField.Display.CODE);
            }
        }
    }

    @Test
    void shouldNameEachFieldOnceAndGiveEveryCodeAVocabulary()
    {
        for (final RecordType type : RecordType.values())
        {
            final Set<String> names = new HashSet<>();
            for (final RecordField field : RecordFieldTables.of(type).fields())
            {
                assertThat(names.add(field.name())).as(type + " repeats " + field.name()).isTrue();
                assertThat(field.codes() != null).as(type + "." + field.name())
                    .isEqualTo(field.display() == RecordField.Display.CODE);
            }
        }
    }

    @Test
    void shouldReadFieldsAsTheDescriptorsDo()
    {
        final org.agrona.concurrent.UnsafeBuffer buffer = new org.agrona.concurrent.UnsafeBuffer(new byte[512]);
        final int o = 16;
        PositionEventDescriptor.begin(buffer, o, 9, 1, 2, 7, TradingCodes.PositionEventType.CLOSED.code(),
            TradingCodes.PositionSide.LONG.code(), TradingCodes.OrderReason.TRAILING_STOP.code(), 99);
        PositionEventDescriptor.putQuantities(buffer, o, -5, 1_500_000, 1_650_025, 1_640_000);
        PositionEventDescriptor.putSignal(buffer, o, TradingCodes.SignalType.LONG.code(), 2, 0.8);
        final RecordFieldTable table = RecordFieldTables.of(RecordType.POSITION_EVENT);
        assertThat(byName(table, "instrument").readLong(buffer, o)).isEqualTo(PositionEventDescriptor.INSTRUMENT_ID.get(buffer, o));
        assertThat(byName(table, "quantity").readLong(buffer, o)).isEqualTo(-5);
        assertThat(byName(table, "positionId").readLong(buffer, o)).isEqualTo(99);
        assertThat(byName(table, "reason").label((int)byName(table, "reason").readLong(buffer, o))).isEqualTo("TRAILING_STOP");
        assertThat(byName(table, "confidence").readDouble(buffer, o)).isEqualTo(0.8);
        assertThat(byName(table, "signal").label(0)).isNull();
    }

    private static RecordField byName(final RecordFieldTable table, final String name)
    {
        return table.fields().stream().filter(field -> field.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<RecordField> declaredFields(final RecordFieldTable table) throws IllegalAccessException
    {
        final List<RecordField> fields = new ArrayList<>();
        for (final Field constant : table.descriptor().getDeclaredFields())
        {
            if (Modifier.isStatic(constant.getModifiers()) && RecordField.class.isAssignableFrom(constant.getType()))
            {
                fields.add((RecordField)constant.get(null));
            }
        }
        assertThat(fields).as(table.descriptor().getSimpleName()).isNotEmpty();
        return fields;
    }
}
