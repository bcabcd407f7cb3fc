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
 * A comma-separated test resource with '#' comment lines and one header row; cells are doubles
 * ("nan" reads as NaN).
 */
final class GoldenCsv
{
    private final List<String> columns;
    private final List<double[]> rows;

    private GoldenCsv(final List<String> columns, final List<double[]> rows)
    {
        this.columns = columns;
        this.rows = rows;
    }

    static GoldenCsv load(final String resource)
    {
        List<String> columns = null;
        final List<double[]> rows = new ArrayList<>();
        try (InputStream in = GoldenCsv.class.getResourceAsStream(resource))
        {
            if (in == null)
            {
                throw new IllegalStateException("missing test resource " + resource);
            }
            final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null)
            {
                if (line.isBlank() || line.startsWith("#"))
                {
                    continue;
                }
                final String[] cells = line.split(",");
                if (columns == null)
                {
                    columns = List.of(cells);
                    continue;
                }
                final double[] row = new double[cells.length];
                for (int i = 0; i < cells.length; i++)
                {
                    row[i] = "nan".equals(cells[i]) ? Double.NaN : Double.parseDouble(cells[i]);
                }
                rows.add(row);
            }
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
        return new GoldenCsv(columns, rows);
    }

    int size()
    {
        return rows.size();
    }

    double get(final int row, final String column)
    {
        final int index = columns.indexOf(column);
        if (index < 0)
        {
            throw new IllegalArgumentException("no column " + column + " in " + columns);
        }
        return rows.get(row)[index];
    }
}
