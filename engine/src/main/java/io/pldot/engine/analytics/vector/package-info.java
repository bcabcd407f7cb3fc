/**
 * Whether the Vector API loops of the analyzers run ({@link io.pldot.engine.analytics.vector.VectorSupport}): its
 * own package so the analyzers depend on it without depending on {@code io.pldot.engine.analytics}, which composes
 * them.
 */
package io.pldot.engine.analytics.vector;
