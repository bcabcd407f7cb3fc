package io.pldot.engine.decision.confluence;

/**
 * How likely a confluence score says an entry is (OFS §5.6 (docs/references.md) thresholds 3 / 5 / 7).
 */
public enum Probability
{
    /** Primary signals missing or in conflict: not scored. */
    NONE,
    /** Scored below 3: no entry. */
    INSUFFICIENT,
    /** 3 ≤ score &lt; 5: consider an entry. */
    LOW,
    /** 5 ≤ score &lt; 7: strong entry. */
    MEDIUM,
    /** score ≥ 7: very strong entry. */
    HIGH
}
