package io.pldot.bench;

import io.pldot.feeds.binance.BinanceTradeParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Parse cost per message of one Binance frame (target: at most 1 us and 0 B/op with -prof gc). The frames carry a
 * real trade: binance_futures_btcusdt_trades_2020-02-22.csv id 42377944, 1582329602111 ms, buy 0.132 at 9682
 * (aggressor bought, so m=false), in Binance's documented field order and formatting. Measures the parser only;
 * Java-WebSocket's per-frame String is not included.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class BinanceParseBenchmark
{
    private static final String TRADE =
        "{\"e\":\"trade\",\"E\":1582329602113,\"s\":\"BTCUSDT\",\"t\":42377944,\"p\":\"9682.00000000\"," +
        "\"q\":\"0.13200000\",\"T\":1582329602111,\"m\":false,\"M\":true}";
    private static final String AGG_TRADE =
        "{\"e\":\"aggTrade\",\"E\":1582329602113,\"s\":\"BTCUSDT\",\"a\":42377944,\"p\":\"9682.00000000\"," +
        "\"q\":\"0.13200000\",\"f\":42377944,\"l\":42377944,\"T\":1582329602111,\"m\":false,\"M\":true}";

    @Param({"TRADE", "AGG_TRADE", "COMBINED_TRADE"})
    public String frameKind;

    private final BinanceTradeParser parser = new BinanceTradeParser();
    private String frame;

    @Setup
    public void setUp()
    {
        frame = switch (frameKind)
        {
            case "TRADE" -> TRADE;
            case "AGG_TRADE" -> AGG_TRADE;
            default -> "{\"stream\":\"btcusdt@trade\",\"data\":" + TRADE + "}";
        };
        if (parser.parse(frame) != null || parser.price(2) != 968_200L || parser.quantity(8) != 13_200_000L)
        {
            throw new IllegalStateException("benchmark frame does not parse: " + frame);
        }
    }

    /** Parses the frame and resolves the fixed-point values, as the feed does per message. */
    @Benchmark
    public long parse()
    {
        if (parser.parse(frame) != null)
        {
            return -1;
        }
        return parser.tradeId() + parser.price(2) + parser.quantity(8) + parser.tradeTimeMillis()
            + (parser.symbolEquals("BTCUSDT") ? 1 : 0);
    }
}
