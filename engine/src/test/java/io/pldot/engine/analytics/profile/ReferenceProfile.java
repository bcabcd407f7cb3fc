package io.pldot.engine.analytics.profile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;

/**
 * The test oracle: POC, value area and shape of a profile given as a {@link TreeMap} of occupied
 * rows (row index to volume in fixed-point units, no zero entries), computed the plain way with
 * exact integers, following the rules written in {@link MarketProfile} and {@link ProfileShape}.
 *
 * @param poc           price of the POC row.
 * @param valueAreaHigh price of the value area's top row.
 * @param valueAreaLow  price of the value area's bottom row.
 * @param shape         shape.
 * @param total         volume of all rows.
 */
record ReferenceProfile(
    BigDecimal poc, BigDecimal valueAreaHigh, BigDecimal valueAreaLow, ProfileShape shape, BigInteger total)
{
    /**
     * @param rows       occupied rows, at least one.
     * @param rowTicks   row height in ticks.
     * @param priceScale decimal places of a tick.
     * @param percent    value area share.
     * @return the expected values.
     */
    static ReferenceProfile of(
        final TreeMap<BigInteger, BigInteger> rows, final BigInteger rowTicks, final int priceScale, final int percent)
    {
        final BigInteger total = rows.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
        final BigInteger twiceMiddle = rows.firstKey().add(rows.lastKey());

        BigInteger poc = null;
        for (final Map.Entry<BigInteger, BigInteger> e : rows.entrySet())
        {
            if (poc == null)
            {
                poc = e.getKey();
                continue;
            }
            final int byVolume = e.getValue().compareTo(rows.get(poc));
            final int byDistance = e.getKey().shiftLeft(1).subtract(twiceMiddle).abs()
                .compareTo(poc.shiftLeft(1).subtract(twiceMiddle).abs());
            if (byVolume > 0 || (byVolume == 0 && byDistance <= 0))
            {
                poc = e.getKey();
            }
        }

        BigInteger low = poc;
        BigInteger high = poc;
        BigInteger area = rows.get(poc);
        final BigInteger needed = total.multiply(BigInteger.valueOf(percent));
        while (area.multiply(BigInteger.valueOf(100)).compareTo(needed) < 0)
        {
            final BigInteger up = rows.higherKey(high);
            final BigInteger down = rows.lowerKey(low);
            if (up != null && (down == null || rows.get(up).compareTo(rows.get(down)) >= 0))
            {
                high = up;
                area = area.add(rows.get(up));
            }
            else
            {
                low = down;
                area = area.add(rows.get(down));
            }
        }

        return new ReferenceProfile(price(poc, rowTicks, priceScale), price(high, rowTicks, priceScale),
            price(low, rowTicks, priceScale), shape(rows, poc), total);
    }

    /** The shape rules of {@link ProfileShape}, on the reference rows. */
    private static ProfileShape shape(final TreeMap<BigInteger, BigInteger> rows, final BigInteger poc)
    {
        final BigInteger first = rows.firstKey();
        final BigInteger n = rows.lastKey().subtract(first).add(BigInteger.ONE);
        if (n.compareTo(BigInteger.valueOf(3)) < 0)
        {
            return ProfileShape.BALANCED;
        }
        final BigInteger[] thirds = {BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO};
        for (final Map.Entry<BigInteger, BigInteger> e : rows.entrySet())
        {
            final int third = third(e.getKey(), first, n);
            thirds[third] = thirds[third].add(e.getValue());
        }
        final BigInteger twiceMiddle = thirds[1].shiftLeft(1);
        if (thirds[0].compareTo(twiceMiddle) > 0 && thirds[2].compareTo(twiceMiddle) > 0)
        {
            return ProfileShape.DOUBLE_DISTRIBUTION;
        }
        final int pocThird = third(poc, first, n);
        return pocThird == 2 ? ProfileShape.P_SHAPE : pocThird == 0 ? ProfileShape.B_SHAPE : ProfileShape.BALANCED;
    }

    private static int third(final BigInteger row, final BigInteger first, final BigInteger n)
    {
        return row.subtract(first).multiply(BigInteger.valueOf(3)).divide(n).intValueExact();
    }

    private static BigDecimal price(final BigInteger row, final BigInteger rowTicks, final int priceScale)
    {
        return new BigDecimal(row.multiply(rowTicks)).movePointLeft(priceScale);
    }
}
