package io.pldot.engine.decision;

import io.pldot.journal.instrument.Instrument;
import io.pldot.journal.schema.IndicatorField;

/**
 * Views filled by hand for strategy and coordinator tests.
 */
public final class TestViews
{
    /** Direction UP. */
    public static final int UP = 1;
    /** MarketState TREND. */
    public static final int TREND = 1;

    private TestViews()
    {
    }

    /**
     * @return BTC-like views (price scale 2): higher UP TREND 0.9, trading UP TREND 0.7 with close
     *         101.00 and ATR 2, lower with levels; both share PLDOT_PUSH.
     */
    public static MultiTimeframeView alignedUp()
    {
        final MultiTimeframeView view = new MultiTimeframeView(0, new Instrument("X", 1, "V", 2, 8), 3600, 300, 60);
        view.higher().onCandle(0, 10_000, 10_000, 10_000, 10_000, 100_000_000);
        view.higher().setSnapshot(0, TREND, UP, 0, 0b001);
        view.higher().setValue(IndicatorField.STATE_CONFIDENCE, 0.9);
        view.higher().setValue(IndicatorField.SUPPORT, 100.0);
        view.higher().setValue(IndicatorField.PLDOT, 110.0);
        view.trading().onCandle(0, 10_100, 10_100, 10_100, 10_100, 100_000_000);
        view.trading().setSnapshot(0, TREND, UP, 0, 0b101);
        view.trading().setValue(IndicatorField.STATE_CONFIDENCE, 0.7);
        view.trading().setValue(IndicatorField.SUPPORT, 100.4);
        view.trading().setValue(IndicatorField.RESISTANCE, 120.0);
        view.trading().setValue(IndicatorField.PLDOT, 110.5);
        view.trading().setValue(IndicatorField.ATR, 2.0);
        view.trading().setValue(IndicatorField.ATR_PERCENT, 1.98);
        view.lower().setValue(IndicatorField.PLDOT, 100.3);
        view.lower().setValue(IndicatorField.SUPPORT, 99.0);
        return view;
    }

    /**
     * @return views where every level passes for a long at 100.40: higher UPTREND with a fresh
     *         demand zone 99.50..100.20; imbalances 1.2 / 1.8 / 3.0 (higher / trading / lower); the
     *         lower bar 100.00 / 100.50 / 99.90 / 100.40 with volume 2 after 19 bars of volume 1.
     */
    public static MultiTimeframeView hierarchyPassing()
    {
        final MultiTimeframeView view = new MultiTimeframeView(0, new Instrument("X", 1, "V", 2, 8), 3600, 300, 60);
        view.higher().setSnapshot(0, 1, 1, 1, 0);
        view.higher().setValue(IndicatorField.STATE_CONFIDENCE, 0.8);
        view.higher().setValue(IndicatorField.IMBALANCE, 1.2);
        view.higher().onZone(1, 1, 0, 7, 99.5, 100.2);
        view.trading().onCandle(0, 10_000, 10_050, 9_990, 10_040, 500_000_000);
        view.trading().setSnapshot(0, 1, 1, 1, 0);
        view.trading().setValue(IndicatorField.STATE_CONFIDENCE, 0.6);
        view.trading().setValue(IndicatorField.IMBALANCE, 1.8);
        final TimeframeView lower = view.lower();
        for (int i = 0; i < 19; i++)
        {
            lower.onCandle(i, 10_000, 10_000, 10_000, 10_000, 100_000_000);
        }
        lower.onCandle(19, 10_000, 10_050, 9_990, 10_040, 200_000_000);
        lower.setValue(IndicatorField.IMBALANCE, 3.0);
        lower.setValue(IndicatorField.AVG_BUY_SIZE, 2.0);
        lower.setValue(IndicatorField.AVG_SELL_SIZE, 1.0);
        return view;
    }
}
