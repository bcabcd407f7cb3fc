package io.pldot.feeds.importer;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Something to import trades from: a display name (used in messages as {@code name:line}, and
 * by Binance dumps for the symbol) and a way to open its text. A file, a classpath resource
 * ({@link BundledData}) or any {@link Reader}.
 * <p>
 * Files ending in {@code .gz} are gunzipped, and {@code .zip} files (as data.binance.vision ships
 * them) are read from their single entry. Text is UTF-8; undecodable bytes become U+FFFD and then
 * fail to parse, which rejects the row instead of aborting the import.
 * <p>
 * Immutable; safe from any thread, but each opened {@link Reader} belongs to one thread.
 */
public final class TradeSource
{
    /**
     * Opens the source's text.
     */
    @FunctionalInterface
    public interface Opener
    {
        /**
         * @return a new reader positioned at the start of the text; the importer closes it.
         * @throws IOException when it cannot be opened.
         */
        Reader open() throws IOException;
    }

    private final String displayName;
    private final Opener opener;

    private TradeSource(final String displayName, final Opener opener)
    {
        if (displayName == null || displayName.isBlank())
        {
            throw new IllegalArgumentException("a trade source needs a display name");
        }
        this.displayName = displayName;
        this.opener = opener;
    }

    /**
     * @param file a CSV, {@code .csv.gz} or single-entry {@code .zip} file.
     * @return a source named by the path as given.
     */
    public static TradeSource of(final Path file)
    {
        return new TradeSource(file.toString(), () -> openFile(file));
    }

    /**
     * @param displayName for messages, e.g. a resource name.
     * @param opener      opens the text; called once per import of this source.
     * @return the source.
     */
    public static TradeSource of(final String displayName, final Opener opener)
    {
        return new TradeSource(displayName, opener);
    }

    /**
     * @param displayName for messages.
     * @param reader      the text; it can be imported once, and the importer closes it.
     * @return the source.
     */
    public static TradeSource of(final String displayName, final Reader reader)
    {
        return new TradeSource(displayName, () -> reader);
    }

    /**
     * @return the name used in messages.
     */
    public String displayName()
    {
        return displayName;
    }

    /**
     * @return a new reader of the text.
     * @throws IOException when it cannot be opened.
     */
    public Reader open() throws IOException
    {
        return opener.open();
    }

    @Override
    public String toString()
    {
        return displayName;
    }

    private static Reader openFile(final Path file) throws IOException
    {
        final String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".zip"))
        {
            return openZipEntry(file);
        }
        final InputStream in = Files.newInputStream(file);
        try
        {
            final InputStream data = name.endsWith(".gz") ? new GZIPInputStream(in, 64 * 1024) : in;
            return new InputStreamReader(data, StandardCharsets.UTF_8);
        }
        catch (final IOException ex)
        {
            in.close();
            throw ex;
        }
    }

    private static Reader openZipEntry(final Path file) throws IOException
    {
        final ZipFile zip = new ZipFile(file.toFile());
        try
        {
            // Refuse archives with several files rather than import one of them and silently skip the rest.
            if (zip.size() != 1)
            {
                throw new IOException(file + ": zip archive holds " + zip.size() +
                    " entries; the importer reads single-file archives only (unzip it and import the CSVs)");
            }
            final ZipEntry entry = zip.entries().nextElement();
            return new FilterReader(new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))
            {
                @Override
                public void close() throws IOException
                {
                    try
                    {
                        super.close();
                    }
                    finally
                    {
                        zip.close();
                    }
                }
            };
        }
        catch (final IOException | RuntimeException ex)
        {
            zip.close();
            throw ex;
        }
    }
}
