package io.pldot.engine.analytics.regime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * TA-Lib's 252 daily regression bars (test resource {@code talib/daily_ref_252.csv}, copied from
 * TA-Lib's {@code ta_regtest/test_data.c}; see the file's header for source and licence).
 */
final class TaLibData
{
    static final int BARS = 252;

    final double[] open = new double[BARS];
    final double[] high = new double[BARS];
    final double[] low = new double[BARS];
    final double[] close = new double[BARS];

    private TaLibData()
    {
    }

    static TaLibData load()
    {
        final TaLibData data = new TaLibData();
        final List<String> rows = new ArrayList<>();
        try (InputStream in = TaLibData.class.getResourceAsStream("/talib/daily_ref_252.csv"))
        {
            if (in == null)
            {
                throw new IllegalStateException("missing test resource talib/daily_ref_252.csv");
            }
            final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String line;
            while ((line = reader.readLine()) != null)
            {
                if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("index"))
                {
                    rows.add(line);
                }
            }
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
        if (rows.size() != BARS)
        {
            throw new IllegalStateException("expected " + BARS + " bars, got " + rows.size());
        }
        for (final String row : rows)
        {
            final String[] f = row.split(",");
            final int i = Integer.parseInt(f[0]);
            data.open[i] = Double.parseDouble(f[1]);
            data.high[i] = Double.parseDouble(f[2]);
            data.low[i] = Double.parseDouble(f[3]);
            data.close[i] = Double.parseDouble(f[4]);
        }
        return data;
    }
}
