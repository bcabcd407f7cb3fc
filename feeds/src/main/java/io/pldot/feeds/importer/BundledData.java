package io.pldot.feeds.importer;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Real market data that ships inside {@code org.ta4j:ta4j-examples:0.18} (MIT): 100,000 Bitstamp
 * BTC/USD trades from 2013-11-25 in the {@link BitstampFormat}. The engine has that artifact on its
 * runtime classpath (data only); this module has it for tests only, so a caller without it gets a
 * clear error instead of an empty import.
 * <p>
 * Stateless; safe from any thread.
 */
public final class BundledData
{
    /** Classpath resource name of the Bitstamp trades CSV. */
    public static final String BITSTAMP_TRADES = "bitstamp_trades_from_20131125_usd.csv";
    /** Maven coordinates of the artifact that holds the resources. */
    public static final String ARTIFACT = "org.ta4j:ta4j-examples:0.18";

    private BundledData()
    {
    }

    /**
     * @return the Bitstamp trades as a source for {@link TradeImporter#importSources}.
     * @throws IllegalStateException when the resource is not on the classpath.
     */
    public static TradeSource bitstampTrades()
    {
        return resource(BITSTAMP_TRADES);
    }

    /**
     * @param resourceName name of a resource at the root of the classpath.
     * @return a source that opens it (each open reads it from the start).
     * @throws IllegalStateException naming the resource and the artifact when it is not on the classpath.
     */
    public static TradeSource resource(final String resourceName)
    {
        // Fail now rather than at import time, so the caller learns before any other work.
        requirePresent(resourceName);
        return TradeSource.of(resourceName, () -> new InputStreamReader(open(resourceName), StandardCharsets.UTF_8));
    }

    /**
     * @param resourceName name of a resource at the root of the classpath.
     * @return true when it is on the classpath.
     */
    public static boolean isPresent(final String resourceName)
    {
        return BundledData.class.getClassLoader().getResource(resourceName) != null;
    }

    private static void requirePresent(final String resourceName)
    {
        if (!isPresent(resourceName))
        {
            throw new IllegalStateException("classpath resource '" + resourceName + "' not found; it ships in " +
                ARTIFACT + ", which must be on the runtime classpath (data only, transitive dependencies excluded)");
        }
    }

    private static InputStream open(final String resourceName)
    {
        final InputStream in = BundledData.class.getClassLoader().getResourceAsStream(resourceName);
        if (in == null)
        {
            requirePresent(resourceName);
            throw new IllegalStateException("classpath resource '" + resourceName + "' cannot be opened");
        }
        return in;
    }
}
