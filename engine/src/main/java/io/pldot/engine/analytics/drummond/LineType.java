package io.pldot.engine.analytics.drummond;

/**
 * The two kinds of Drummond two-bar lines and of the zones they form.
 */
public enum LineType
{
    /** Through two consecutive lows. */
    SUPPORT,
    /** Through two consecutive highs. */
    RESISTANCE
}
