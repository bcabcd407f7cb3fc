package io.pldot.journal.format;

import io.pldot.journal.instrument.Instrument;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.PortfolioEventDescriptor;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the JSON lines of the trading records byte for byte: records with random payloads (random codes, known and
 * unknown; random prices, quantities and doubles, NaN included) are formatted and their lines digested. The
 * digests were taken from the formatter before its trading JSON was driven by the field tables, so a change of
 * key, order or number format fails here.
 */
class TradingRecordJsonGoldenTest
{
    private static final int RECORDS = 500;
    private static final int[] INSTRUMENTS = {1, 2, 7};

    private final RecordFormatter formatter = new RecordFormatter(new InstrumentRegistry(List.of(
        new Instrument("BTCUSDT", 1, "BINANCE", 2, 8),
        new Instrument("ETHUSDT", 2, "BINANCE", 4, 3))), ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource({
        "SIGNAL, cda6b2cfd9eeaab488246875806a9a5efbb9a5a8d61bcffe1e6aacbb7d596c06",
        "ORDER_INTENT, 110240c968d011aa7405554d5824a31a7fac43b21997814ad3dbef9294ff6a1e",
        "ORDER_EVENT, 79c27e10b0a811f146bce71f2ce06c586b2e554b754546b8b6949bb64e400a5e",
        "RISK_REJECT, c9c5e0c39ac76f792e94832afd09c2fabc53ff9348c99b1a65b9aebd7cb7ce50",
        "POSITION_EVENT, 9dd0ca589ad45ace2698f3ae08e8a534780cd78d61e826d512a8e895bf17f8d1",
        "PORTFOLIO_EVENT, 8efa2712a99f6a0e890165c1f6891c0b0f90b1bb29e57ea2147e2aff2e8074cb"})
    void shouldPrintTheSameJsonAsBeforeTheFieldTables(final RecordType type, final String digest) throws Exception
    {
        assertThat(digestOfJson(type)).isEqualTo(digest);
    }

    private String digestOfJson(final RecordType type) throws Exception
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
            RecordHeaderDescriptor.encode(buffer, offset, type, type.length(), i, random.nextLong(), random.nextLong());
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
            sha.update((formatter.toJson(buffer, offset) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
