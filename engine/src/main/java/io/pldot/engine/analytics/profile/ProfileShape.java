package io.pldot.engine.analytics.profile;

/**
 * Shape of a volume profile, by where its point of control sits within the occupied price range
 * (seed 004 §4.1 {@code profile_shape}: 'P', 'b', 'normal'). With L and H the lowest and highest
 * rows holding volume and p the POC row, compared exactly on row indices:
 * <ul>
 *   <li>{@link #P_SHAPE} when 3(p − L) &gt; 2(H − L): POC in the upper third, volume built high with
 *       a thin tail below (short covering, buyers in control);</li>
 *   <li>{@link #B_SHAPE} when 3(p − L) &lt; (H − L): POC in the lower third, the lowercase 'b' (long
 *       liquidation, thin tail above);</li>
 *   <li>{@link #NORMAL} otherwise, including a profile of a single row: balanced, the 'D' shape.</li>
 * </ul>
 * The double-distribution 'B' is not detected.
 */
public enum ProfileShape
{
    /** No volume in the window: no shape. */
    UNDEFINED("undefined"),
    /** Balanced: POC in the middle third ('normal', 'D'). */
    NORMAL("normal"),
    /** POC in the upper third ('P'). */
    P_SHAPE("P"),
    /** POC in the lower third (lowercase 'b'). */
    B_SHAPE("b");

    private final String label;

    ProfileShape(final String label)
    {
        this.label = label;
    }

    /**
     * @return the seed's label: "P", "b", "normal" (or "undefined").
     */
    public String label()
    {
        return label;
    }
}
