package io.pldot.journal.format;

import io.pldot.journal.instrument.Instrument;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.RecordType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the JSON lines of the trading records byte for byte: records with random payloads (random codes, known and
 * unknown; random prices, quantities and doubles, NaN included: {@link RandomTradingRecords}) are formatted and their
 * lines digested. The digests were taken from the formatter before its trading JSON was driven by the field tables,
 * so a change of key, order or number format fails here.
 */
class TradingRecordJsonGoldenTest
{
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
        assertThat(RandomTradingRecords.digest(type, time -> time, formatter::toJson)).isEqualTo(digest);
    }
}
