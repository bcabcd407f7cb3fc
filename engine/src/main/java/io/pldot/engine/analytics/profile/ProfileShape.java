package io.pldot.engine.analytics.profile;

/**
 * Shape of a volume profile (OFS §4.1 (docs/references.md) {@code profile_shape}: 'P', 'b', 'normal', etc.). The
 * constants carry the names of the journal's analytics vocabulary; an undefined shape (no volume)
 * is {@code null}, the vocabulary's code 0.
 * <p>
 * Rules, exact on row indices and integer volumes. With L and H the lowest and highest rows that
 * hold volume, n = H − L + 1 rows, and the rows split into thirds by part(r) = ⌊3(r − L) / n⌋
 * (0 lower, 1 middle, 2 upper):
 * <ol>
 *   <li>fewer than 3 rows: {@link #BALANCED};</li>
 *   <li>{@link #DOUBLE_DISTRIBUTION} when the lower third and the upper third each hold more than
 *       twice the volume of the middle third (two nodes with a thin middle);</li>
 *   <li>otherwise by the third holding the POC: upper {@link #P_SHAPE}, lower {@link #B_SHAPE},
 *       middle {@link #BALANCED}.</li>
 * </ol>
 */
public enum ProfileShape
{
    /** POC in the middle third: balanced, the OFS 'normal', a 'D'. */
    BALANCED("normal"),
    /** POC in the upper third, thin tail below ('P': short covering, buyers in control). */
    P_SHAPE("P"),
    /** POC in the lower third, thin tail above (lowercase 'b': long liquidation). */
    B_SHAPE("b"),
    /** Upper and lower thirds each more than twice the middle: two distributions ('B'). */
    DOUBLE_DISTRIBUTION("B");

    private final String label;

    ProfileShape(final String label)
    {
        this.label = label;
    }

    /**
     * @return the trader's label: "normal", "P", "b" or "B".
     */
    public String label()
    {
        return label;
    }
}
