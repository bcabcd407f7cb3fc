package io.pldot.engine.analytics.drummond;

/**
 * How the envelope's half-width (offset from PLdot) is computed; see {@link Envelope}.
 */
public enum EnvelopeMethod
{
    /**
     * Default Drummond envelope: sample standard deviation (n - 1) of the last 3 PLdot values
     * times the multiplier (1.5).
     */
    PLDOT_RANGE,
    /**
     * Half the range of the 3 bars that form the PLdot (highest high - lowest low) / 2 times the
     * multiplier.
     */
    HLC_RANGE,
    /** Average true range (Wilder smoothing seeded by a simple average) times the multiplier. */
    ATR,
    /** A fixed fraction (default 0.02) of |PLdot|. */
    PERCENTAGE
}
