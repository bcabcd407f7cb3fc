package io.pldot.engine.analytics.vector;

import jdk.incubator.vector.DoubleVector;

/**
 * Decides, once per JVM, whether the analytics' hot loops run on the Vector API
 * ({@code jdk.incubator.vector}, SIMD) or on their scalar twins.
 * <p>
 * Both give the same bits: every vectorized loop computes only values that do not depend on the
 * order of operations (ordered keys for maxima and minima, comparisons, counts), each element with
 * the same IEEE operations as the scalar loop. So replays, hashes and tests do not depend on the
 * choice; only the speed does. The Vector API is used when the JVM was started with
 * {@code --add-modules=jdk.incubator.vector} (in {@code config/jvm.properties}, so the scripts, the
 * tests and the benchmarks all have it), its preferred vectors hold at least four doubles, and
 * {@code -Dpldot.vector=false} is not set (to measure the scalar loops). Without the module, the
 * classes that use the API are never loaded.
 * <p>
 * Immutable after class initialisation; thread-safe.
 */
public final class VectorSupport
{
    /** The module that holds the Vector API while it incubates. */
    static final String MODULE = "jdk.incubator.vector";

    /** True when the vectorized loops are used (a constant the JIT folds). */
    public static final boolean ENABLED = decide();

    private VectorSupport()
    {
    }

    private static boolean decide()
    {
        if (!Boolean.parseBoolean(System.getProperty("pldot.vector", "true"))
            || ModuleLayer.boot().findModule(MODULE).isEmpty())
        {
            return false;
        }
        return Lanes.DOUBLES >= 4;
    }

    /**
     * @return doubles per preferred vector, or 0 when the vectorized loops are not used.
     */
    public static int doubleLanes()
    {
        return ENABLED ? Lanes.DOUBLES : 0;
    }

    /** Touches the Vector API only when the module is present (class initialised on first use). */
    private static final class Lanes
    {
        static final int DOUBLES = DoubleVector.SPECIES_PREFERRED.length();
    }
}
