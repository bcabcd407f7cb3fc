/**
 * Volume profile (OFS (docs/references.md) market profile): volume by price row over a window of bars, point of
 * control, value area and profile shape. Incremental, exact window eviction, allocation-free.
 */
package io.pldot.engine.analytics.profile;
