/**
 * Price-action detectors (OFS §5.3, §5.4 (docs/references.md)): supply/demand zones from rejection candles and
 * fair value gaps, each with status tracking and a preallocated event buffer. Allocation-free.
 */
package io.pldot.engine.analytics.zones;
