package io.pldot.feeds.binance;

import io.pldot.journal.schema.Side;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class BinanceTradeParserTest
{
    /** The trade example from Binance's WebSocket stream documentation. */
    private static final String TRADE =
        "{\"e\":\"trade\",\"E\":1672515782136,\"s\":\"BNBBTC\",\"t\":12345,\"p\":\"0.001\",\"q\":\"100\"," +
        "\"T\":1672515782136,\"m\":true,\"M\":true}";

    /** The aggTrade example from the same documentation. */
    private static final String AGG_TRADE =
        "{\"e\":\"aggTrade\",\"E\":1672515782136,\"s\":\"BNBBTC\",\"a\":12345,\"p\":\"0.001\",\"q\":\"100\"," +
        "\"f\":100,\"l\":105,\"T\":1672515782136,\"m\":false,\"M\":true}";

    private final BinanceTradeParser parser = new BinanceTradeParser();

    @Test
    void shouldParseTheDocumentedTradeExample()
    {
        assertThat(parser.parse(TRADE)).isNull();

        assertThat(parser.aggregate()).isFalse();
        assertThat(parser.tradeId()).isEqualTo(12345);
        assertThat(parser.tradeTimeMillis()).isEqualTo(1672515782136L);
        assertThat(parser.eventTimeMillis()).isEqualTo(1672515782136L);
        assertThat(parser.symbolEquals("BNBBTC")).isTrue();
        assertThat(parser.symbolEquals("bnbbtc")).isTrue();
        assertThat(parser.symbolEquals("BNBUSDT")).isFalse();
        // 0.001 at scale 8 = 0.001 * 10^8 = 100_000; 100 at scale 8 = 10^10
        assertThat(parser.price(8)).isEqualTo(100_000L);
        assertThat(parser.quantity(8)).isEqualTo(10_000_000_000L);
        // m=true: buyer is maker, so the aggressor sold
        assertThat(parser.aggressor()).isEqualTo(Side.SELL);
    }

    @Test
    void shouldParseTheDocumentedAggTradeExampleWithItsAggregateId()
    {
        assertThat(parser.parse(AGG_TRADE)).isNull();

        assertThat(parser.aggregate()).isTrue();
        assertThat(parser.tradeId()).isEqualTo(12345);
        assertThat(parser.aggressor()).isEqualTo(Side.BUY);
        assertThat(parser.price(3)).isEqualTo(1L);
    }

    @Test
    void shouldUnwrapCombinedStreamFrames()
    {
        final String combined = "{\"stream\":\"bnbbtc@trade\",\"data\":" + TRADE + "}";

        assertThat(parser.parse(combined)).isNull();
        assertThat(parser.tradeId()).isEqualTo(12345);
        assertThat(parser.price(8)).isEqualTo(100_000L);
    }

    @Test
    void shouldIgnoreUnknownFieldsOfAnyShape()
    {
        final String extra = "{\"x\":[1,{\"y\":\"}\"}],\"e\":\"trade\",\"z\":null,\"E\":1,\"s\":\"BNBBTC\"," +
            "\"t\":7,\"p\":\"2.5\",\"q\":\"1\",\"T\":2,\"m\":false,\"w\":-1.5e3}";

        assertThat(parser.parse(extra)).isNull();
        assertThat(parser.tradeId()).isEqualTo(7);
        assertThat(parser.price(2)).isEqualTo(250L);
    }

    @Test
    void shouldRejectWithAReason()
    {
        assertThat(parser.parse("{\"result\":null,\"id\":1}")).isEqualTo(BinanceRejectReason.NOT_A_TRADE);
        assertThat(parser.parse("{\"e\":\"trade\",\"s\":\"X\"")).isEqualTo(BinanceRejectReason.MALFORMED_JSON);
        assertThat(parser.parse("{\"e\":\"trade\" \"s\":1}")).isEqualTo(BinanceRejectReason.MALFORMED_JSON);
        assertThat(parser.errorOffset()).isEqualTo(13); // the second key's quote, where a comma was due
        assertThat(parser.parse(TRADE.replace(",\"m\":true", ""))).isEqualTo(BinanceRejectReason.MISSING_FIELD);
        assertThat(parser.parse(TRADE.replace("12345", "-5"))).isEqualTo(BinanceRejectReason.BAD_NUMBER);
        assertThat(parser.parse(TRADE.replace("12345", "1.5"))).isEqualTo(BinanceRejectReason.BAD_NUMBER);
        assertThat(parser.parse(TRADE.replace("12345", "99999999999999999999"))).isEqualTo(BinanceRejectReason.BAD_NUMBER);
    }

    @Test
    void shouldRefuseDecimalsThatDoNotFitTheScale()
    {
        assertThat(parser.parse(TRADE.replace("\"0.001\"", "\"0.00100\""))).isNull();
        assertThat(parser.price(3)).isEqualTo(1L);
        assertThat(parser.price(2)).isEqualTo(BinanceTradeParser.INVALID);
        assertThat(parser.parse(TRADE.replace("\"0.001\"", "\"0\""))).isNull();
        assertThat(parser.price(8)).isEqualTo(BinanceTradeParser.INVALID);
        assertThat(parser.parse(TRADE.replace("\"0.001\"", "\"1.2.3\""))).isNull();
        assertThat(parser.price(8)).isEqualTo(BinanceTradeParser.INVALID);
        assertThat(parser.parse(TRADE.replace("\"0.001\"", "\"99999999999999\""))).isNull();
        assertThat(parser.price(8)).isEqualTo(BinanceTradeParser.INVALID);
    }

    @Test
    void shouldNeverThrowOnGeneratedInputs()
    {
        final SplittableRandom random = new SplittableRandom(20261207L);
        final char[] alphabet = "{}[]\":,.-0123456789eEtruefalsn \\aTpqsmM".toCharArray();
        int accepted = 0;
        for (int n = 0; n < 100_000; n++)
        {
            final String input;
            if (random.nextBoolean())
            {
                // mutate a real frame: truncate, or overwrite one character
                final StringBuilder frame = new StringBuilder(random.nextBoolean() ? TRADE : AGG_TRADE);
                frame.setCharAt(random.nextInt(frame.length()), alphabet[random.nextInt(alphabet.length)]);
                input = frame.substring(0, random.nextInt(frame.length() + 1));
            }
            else
            {
                final char[] chars = new char[random.nextInt(60)];
                for (int i = 0; i < chars.length; i++)
                {
                    chars[i] = alphabet[random.nextInt(alphabet.length)];
                }
                input = new String(chars);
            }
            final BinanceRejectReason reason = parser.parse(input);
            if (reason == null)
            {
                accepted++;
                assertThat(parser.tradeId()).isNotNegative();
            }
        }
        assertThat(accepted).isPositive();
    }
}
