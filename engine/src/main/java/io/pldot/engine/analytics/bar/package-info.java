/**
 * The bar every analytics stage reads ({@link io.pldot.engine.analytics.bar.Bar}): its own package so the
 * analyzers in the sibling packages depend on it without depending on {@code io.pldot.engine.analytics}, which
 * composes them.
 */
package io.pldot.engine.analytics.bar;
