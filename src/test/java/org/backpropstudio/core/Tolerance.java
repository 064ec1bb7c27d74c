package org.backpropstudio.core;

import java.math.BigDecimal;

/**
 * How far apart two doubles may be for a test to call them the same, one constant per reason they
 * may differ. A test that compares doubles names the reason by choosing one; where the numbers must
 * be the same bits (a replay, a round trip through a file) it compares with {@code isEqualTo}.
 */
public final class Tolerance {
    /**
     * The same quantity computed twice from the same doubles by different code (the test's formula
     * beside the engine's loop, a value mapped to pixels and back, a sum of decimal steps): the two
     * differ only by the rounding of a few operations, a few units in the last place of numbers of
     * order one (about 1e-16 each). 1e-12 leaves room for a chain of such operations and still fails
     * on any difference a formula could make.
     */
    public static final double ROUNDING = 1e-12;

    /**
     * A decimal number that the code reaches in one or two operations, at most 1 in size (0.01 as
     * 10⁻², 0.4 as the middle point of a grid from −0.6 in steps of 0.1): its double is a few units
     * in the last place from the decimal, under 1e-15.
     */
    public static final double FEW_ULPS = 1e-15;

    /**
     * The seed example's numbers as its worked example prints them, to eight or nine decimals
     * (0.593269992, 0.35891648): each printed number lies within 5e-10 of the exact value, so 1e-9
     * accepts the rounding of the print and nothing more.
     */
    public static final double WORKED_EXAMPLE = 1e-9;

    /**
     * A backprop gradient against a central-difference estimate, compared by relative error
     * |g − n| / max(|g|, |n|). The estimate's truncation error (h²·J‴/6 for the two-point difference
     * with h = 1e-5 that the app's check uses, far less for a four-point one) and its rounding
     * (about ε·J/h ≈ 1e-11) stay below 1e-8 of the gradients of these small networks; a wrong term
     * in backprop shows as 1e-2 or more. 1e-6 lies safely between the two.
     */
    public static final double GRADIENT_CHECK = 1e-6;

    /**
     * A position or length in pixels (up to a few thousand) computed by two routes through the
     * layout: the rounding is about 1e-13 px, and 1e-9 px is still far below anything that shows.
     */
    public static final double PIXELS = 1e-9;

    private Tolerance() {
    }

    /**
     * A value computed by hand and written with {@code decimals} decimals (0.08217, 7.51): the exact
     * value lies within half a unit of the last decimal; one unit, 10^−decimals, leaves room for the
     * rounding of the exact value itself.
     */
    public static double printed(int decimals) {
        return BigDecimal.ONE.scaleByPowerOfTen(-decimals).doubleValue();
    }
}
