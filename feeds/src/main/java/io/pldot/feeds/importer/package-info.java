/**
 * File importers: trade files (Bitstamp CSV, Tardis CSV, Binance trade dumps) into a journal's
 * {@code inputs/} queue as TradeTick records, so that a backtest or replay can run on them.
 *
 * <pre>
 *   TradeImporter      one import run: scans the journal, reads each source, appends, reports
 *   TradeFileFormat    one row parser per file format; TradeFileFormats names and detects them
 *   TradeHistory       what the journal already holds (trade ids, latest event time) for dedup
 *   ImportReport       immutable outcome per file and in total; RejectListener streams rejects
 *   BundledData        the Bitstamp sample that ships in ta4j-examples, from the classpath
 * </pre>
 *
 * This is an edge component (README "Architecture": fail loud at the edge): every row that is not imported is rejected
 * with a counted reason and a {@code file:line} message; nothing is dropped silently and no value
 * is rounded (prices and quantities are parsed straight to fixed point, never through double).
 */
package io.pldot.feeds.importer;
