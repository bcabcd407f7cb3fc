package io.pldot.journal.format;

import io.pldot.journal.schema.PortfolioEventDescriptor;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.function.LongUnaryOperator;

/**
 * Records of one type with random payloads (random codes, known and unknown; random prices, quantities and
 * doubles, NaN included), seeded by the type id so every run sees the same ones, and the digest of the lines a
 * formatter prints for them: what the golden tests of the trading records' JSON and text compare. Stateless; as
 * thread-safe as the printer given.
 */
final class RandomTradingRecords
{
    /** A formatter's view of a record: one line. */
    interface Printer
    {
        String print(DirectBuffer buffer, int offset);
    }

    private static final int RECORDS = 500;
    private static final int[] INSTRUMENTS = {1, 2, 7};

    private RandomTradingRecords()
    {
    }

    /**
     * @param type      the record type.
     * @param eventTime maps the random event time to the one stored.
     * @param printer   the formatter's line for a record.
     * @return the SHA-256 of the lines, each ended by a newline, in hex.
     * @throws Exception when SHA-256 is missing.
     */
    static String digest(final RecordType type, final LongUnaryOperator eventTime, final Printer printer)
        throws Exception
    {
        final Random random = new Random(type.typeId());
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[RecordHeaderDescriptor.MAX_RECORD_LENGTH + 8]);
        final MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < RECORDS; i++)
        {
            final byte[] payload = new byte[type.length() - RecordHeaderDescriptor.HEADER_LENGTH];
            random.nextBytes(payload);
            if (i % 3 == 0)
            {
                // Small values too, so codes are mostly known and prices mostly short.
                for (int b = 0; b < payload.length; b++)
                {
                    payload[b] = (byte)(random.nextInt(4) == 0 ? random.nextInt(8) : 0);
                }
            }
            final int offset = 8;
            RecordHeaderDescriptor.encode(buffer, offset, type, type.length(), i,
                eventTime.applyAsLong(random.nextLong()), random.nextLong());
            buffer.putBytes(offset + RecordHeaderDescriptor.HEADER_LENGTH, payload);
            if (type == RecordType.PORTFOLIO_EVENT)
            {
                buffer.putByte(offset + PortfolioEventDescriptor.CASH_SCALE.offset(), (byte)random.nextInt(9));
            }
            else
            {
                buffer.putInt(offset + RecordHeaderDescriptor.HEADER_LENGTH, INSTRUMENTS[random.nextInt(3)],
                    RecordHeaderDescriptor.BYTE_ORDER);
            }
            sha.update((printer.print(buffer, offset) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
