package io.pldot.feeds.importer;

import io.pldot.journal.instrument.InstrumentRegistry;

/**
 * Parses the rows of one trade file format into {@link ParsedTrade}s. One implementation per
 * format; {@link TradeFileFormats} knows them by name and detects them from a file's first line.
 * <p>
 * A format instance serves one file at a time: {@link #begin} binds it to a file (resolving the
 * instrument and clearing state carried from row to row, such as the tick rule's last price),
 * then {@link #parse} is called for each data row in file order.
 * <p>
 * Not thread-safe: stateful, owned by the importing thread.
 */
public interface TradeFileFormat
{
    /**
     * @return the name users pass to {@code --format}, e.g. "bitstamp".
     */
    String name();

    /**
     * @return the header or row shape of this format, for error messages and help text.
     */
    String shape();

    /**
     * @param headerLine the first line of a file, without its line end.
     * @return true when it is this format's header line (it is then skipped, not parsed as a row).
     */
    boolean matchesHeader(String headerLine);

    /**
     * Recognises a file of this format that has no header line, from its first data row. Only
     * formats whose dumps come without a header (Binance) override this.
     *
     * @param firstLine the first line of a file, without its line end.
     * @return true when the line looks like a data row of this format.
     */
    default boolean matchesHeaderlessRow(final String firstLine)
    {
        return false;
    }

    /**
     * Binds this format to a file and resets its row-to-row state.
     *
     * @param sourceName display name of the file (its last path segment may carry the symbol).
     * @param registry   to resolve symbols.
     * @param options    symbol override and default.
     * @throws IllegalArgumentException when the file's instrument cannot be resolved; nothing is imported then.
     */
    void begin(String sourceName, InstrumentRegistry registry, ImportOptions options);

    /**
     * Parses one data row.
     *
     * @param line       the row, without its line end.
     * @param lineNumber 1-based line number in the file, for messages.
     * @param out        reset by the caller; receives the trade or the reject detail.
     * @return null when the row parsed into {@code out}, otherwise why it is rejected.
     */
    ImportRejectReason parse(CharSequence line, long lineNumber, ParsedTrade out);
}
