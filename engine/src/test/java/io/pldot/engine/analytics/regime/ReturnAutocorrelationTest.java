package io.pldot.engine.analytics.regime;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Lag-1 autocorrelation of log returns. Golden values: NIST Statistical Reference Datasets,
 * univariate summary statistics (itl.nist.gov/div898/strd/univ), whose certified "sample
 * autocorrelation coefficient (lag 1)" uses the same definition: NumAcc1 (10000001, 10000003,
 * 10000002) r1 = −0.5 exactly; NumAcc4 (10000000.2, then 10000000.1 and 10000000.3 alternating,
 * 1001 values) r1 = −0.999 exactly. r1 does not change under x → a + b·x with b &gt; 0, so the
 * datasets are written here minus 10000000 (exact decimals, which the doubles 10000000.x are not)
 * and fed as log returns of a hundredth of that, through closes built as
 * close<sub>t</sub> = close<sub>t−1</sub> × e<sup>return</sup>.
 */
class ReturnAutocorrelationTest
{
    @Test
    void shouldMatchNistNumAcc1()
    {
        final double[] numAcc1 = {1, 3, 2};
        assertThat(feedAsReturns(numAcc1).value()).isCloseTo(-0.5, within(1e-9));
    }

    @Test
    void shouldMatchNistNumAcc4()
    {
        final double[] numAcc4 = new double[1001];
        numAcc4[0] = 0.2;
        for (int i = 1; i < numAcc4.length; i++)
        {
            numAcc4[i] = i % 2 == 1 ? 0.1 : 0.3;
        }
        assertThat(feedAsReturns(numAcc4).value()).isCloseTo(-0.999, within(1e-9));
    }

    @Test
    void shouldBeDefinedOnceTheWindowHoldsMReturns()
    {
        final ReturnAutocorrelation ac = new ReturnAutocorrelation(50);
        for (int i = 0; i < 50; i++)
        {
            ac.update(100 + i % 3);
            assertThat(ac.hasValue()).isFalse();
            assertThat(ac.value()).isNaN();
        }
        ac.update(100);
        assertThat(ac.hasValue()).isTrue();
        assertThat(ac.value()).isBetween(-1.0, 1.0);
    }

    /** ±a alternating, M even: mean 0, c0 = M·a², c1 = −(M − 1)·a², so r1 = −(M − 1) / M. */
    @Test
    void shouldGiveMinusMMinusOneOverMForAlternatingReturns()
    {
        final ReturnAutocorrelation ac = new ReturnAutocorrelation(50);
        for (int i = 0; i <= 50; i++)
        {
            ac.update(i % 2 == 0 ? 100.0 : 101.0);
        }
        assertThat(ac.value()).isCloseTo(-49.0 / 50.0, within(1e-12));
    }

    @Test
    void shouldGiveZeroWithoutVariation()
    {
        final ReturnAutocorrelation flat = new ReturnAutocorrelation(50);
        final ReturnAutocorrelation geometric = new ReturnAutocorrelation(50);
        final ReturnAutocorrelation zero = new ReturnAutocorrelation(50);
        double close = 10.0;
        for (int i = 0; i < 80; i++)
        {
            flat.update(7.0);
            close *= 1.01;
            geometric.update(close);
            zero.update(0.0);
        }
        assertThat(flat.value()).isEqualTo(0.0);
        assertThat(geometric.value()).isEqualTo(0.0);
        assertThat(zero.value()).isEqualTo(0.0);
    }

    @Test
    void shouldSeePersistenceAndStayInRange()
    {
        final ReturnAutocorrelation ac = new ReturnAutocorrelation(200);
        final Random random = new Random(5);
        double r = 0;
        double close = 100;
        for (int i = 0; i < 2_000; i++)
        {
            r = 0.8 * r + 0.01 * random.nextGaussian();
            close *= Math.exp(r);
            ac.update(random.nextInt(50) == 0 ? 0.0 : close);
            if (ac.hasValue())
            {
                assertThat(ac.value()).isBetween(-1.0, 1.0);
            }
        }
        final ReturnAutocorrelation clean = new ReturnAutocorrelation(200);
        close = 100;
        for (int i = 0; i < 1_000; i++)
        {
            r = 0.8 * r + 0.01 * random.nextGaussian();
            close *= Math.exp(r);
            clean.update(close);
        }
        assertThat(clean.value()).isBetween(0.6, 0.95);
    }

    @Test
    void shouldRejectATooShortWindow()
    {
        assertThatThrownBy(() -> new ReturnAutocorrelation(1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** @param data a NIST dataset minus 10000000. */
    private static ReturnAutocorrelation feedAsReturns(final double[] data)
    {
        final ReturnAutocorrelation ac = new ReturnAutocorrelation(data.length);
        double close = 100.0;
        ac.update(close);
        for (final double x : data)
        {
            close *= Math.exp(x / 100.0);
            ac.update(close);
        }
        assertThat(ac.hasValue()).isTrue();
        return ac;
    }
}
