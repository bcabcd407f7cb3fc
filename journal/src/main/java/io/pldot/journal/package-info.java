/**
 * The journal: the event schema every module speaks, and its Chronicle Queue storage.
 *
 * <pre>
 *   schema      fixed binary record layouts ({@code …Descriptor}) and their flyweight codecs
 *   instrument  the instrument registry (symbol &lt;-&gt; id, fixed-point scales)
 *   chronicle   Chronicle Queue appender and reader of raw records, and the journal directory that opens them
 *   format      human and JSON-line rendering of records (the tail viewer), output digests
 * </pre>
 *
 * A journal directory holds two queues: {@code inputs/} (every inbound record, written before
 * anything it causes leaves the process) and {@code outputs/} (every record the pipeline decided,
 * tagged with the sequence of the input that caused it). This module depends on no other module.
 */
package io.pldot.journal;
