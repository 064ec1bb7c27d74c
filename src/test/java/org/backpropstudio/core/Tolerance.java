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
     * order one (about 1e-16 each). 1e-12 leaves room for a chain of such operations and is still
     * far below any difference a wrong formula makes.
     */
    public static final double ROUNDING = 1e-12;

    /**
     * A decimal number, at most 1 in size, that the code reaches in one or two operations (0.01 as
     * 10⁻², 0.4 as the middle of a grid from −0.6 to 1.4): its double is at most a few units in the
     * last place from the decimal, under 1e-15.
     */
    public static final double FEW_ULPS = 1e-15;

    /**
     * The seed example's numbers as its worked example prints them, to eight to ten decimals
     * (0.593269992, 0.35891648): each one the tests quote lies within 6e-10 of the exact value
     * (5.6e-10 for ∂J/∂w₁₁⁽²⁾ = 0.08216704 the farthest), so 1e-9 accepts the rounding of the print
     * and little more.
     */
    public static final double WORKED_EXAMPLE = 1e-9;

    /**
     * A backprop gradient against a central-difference estimate, compared by relative error
     * |g − n| / max(|g|, |n|). A right gradient comes within about 1e-8 of the estimate: 7e-9 on the
     * seed example with the app's two-point difference (h = 1e-5), whose truncation h²·J‴/6 and
     * rounding ε·J/h are that small there; on random networks GradientCheckTest uses a four-point
     * difference to keep the estimate as close. A missing or wrong term in backprop moves a gradient
     * by far more, so 1e-6 tells the two apart with room on either side.
     */
    public static final double GRADIENT_CHECK = 1e-6;

    /**
     * A position or length in pixels (up to a few thousand) computed by two routes through the
     * layout: they differ by the rounding of a few operations (a unit in the last place of 2000 is
     * 4.5e-13 px), and 1e-9 px is still far below anything that shows.
     */
    public static final double PIXELS = 1e-9;

    private Tolerance() {
    }

    /**
     * A value computed by hand and written with {@code decimals} decimals (0.08217, 7.51): the exact
     * value lies within half a unit of the last decimal, and one unit, 10^−decimals, accepts it with
     * a margin.
     */
    public static double printed(int decimals) {
        return BigDecimal.ONE.scaleByPowerOfTen(-decimals).doubleValue();
    }
}
