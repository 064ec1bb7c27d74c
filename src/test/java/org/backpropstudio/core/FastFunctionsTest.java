package org.backpropstudio.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link Activation#tanh} and {@link Loss#softplus} are the functions earlier versions computed
 * ({@code Math.tanh}; {@code max(z, 0) + Math.log1p(e^(−|z|))}) to the bit, so that a history they
 * saved replays to its saved state: a dense sweep, seeded random arguments of every magnitude and
 * random bit patterns, and the extremes. (A faster tanh and softplus from {@code Math.exp} and
 * {@code Math.log}, within 10⁻¹⁵ relative, were tried with this test in its relative form and not
 * kept: they change the bits of training.)
 */
class FastFunctionsTest {
    private static final DoubleUnaryOperator TANH = Math::tanh;
    private static final DoubleUnaryOperator SOFTPLUS = z -> Math.max(z, 0.0) + Math.log1p(Math.exp(-Math.abs(z)));

    private static final double[] EXTREMES = {
        0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MIN_NORMAL, 1e-300, -1e-300,
        1e-160, 1e-30, -1e-17, 1e-8, -1e-8, 1e-4, 0.05, Math.nextDown(0.05), Math.nextUp(0.05), -0.05,
        Math.nextDown(-0.05), 0.5, -1.0, 2.0, 18.0, 19.0, 20.0, -22.0, 36.0, 37.0, 40.0, -300.0, 354.0, 709.0, 710.0,
        -745.0, 746.0, 1e10, -1e300, Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.NaN,
    };

    @Test
    void tanh_matches_math_tanh_over_a_dense_sweep() {
        for (int i = -2_000_000; i <= 2_000_000; i++) {
            assertClose(Activation::tanh, TANH, i * 1e-5);
        }
    }

    @Test
    void tanh_matches_math_tanh_on_random_and_extreme_arguments() {
        Random random = new Random(14);
        for (int i = 0; i < 1_000_000; i++) {
            assertClose(Activation::tanh, TANH, randomArgument(random));
        }
        for (double z : EXTREMES) {
            assertClose(Activation::tanh, TANH, z);
        }
        assertThat(Double.doubleToRawLongBits(Activation.tanh(-0.0))).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(Activation.tanh(Double.MIN_VALUE)).isEqualTo(Double.MIN_VALUE);
        assertThat(Activation.tanh(20.0)).isEqualTo(1.0);
        assertThat(Activation.tanh(Double.NEGATIVE_INFINITY)).isEqualTo(-1.0);
        assertThat(Activation.tanh(Double.NaN)).isNaN();
        assertThat(Activation.TANH.apply(0.3)).isEqualTo(Activation.tanh(0.3));
    }

    @Test
    void softplus_matches_log1p_of_exp_over_a_dense_sweep() {
        for (int i = -1_000_000; i <= 1_000_000; i++) {
            assertClose(Loss::softplus, SOFTPLUS, i * 8e-4);
        }
    }

    @Test
    void softplus_matches_log1p_of_exp_on_random_and_extreme_arguments() {
        Random random = new Random(15);
        for (int i = 0; i < 1_000_000; i++) {
            assertClose(Loss::softplus, SOFTPLUS, randomArgument(random));
        }
        for (double z : EXTREMES) {
            assertClose(Loss::softplus, SOFTPLUS, z);
        }
        assertThat(Loss.softplus(0.0)).isCloseTo(Math.log(2), within(1e-16));
        assertThat(Loss.softplus(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Loss.softplus(-1000.0)).isEqualTo(0.0);
        assertThat(Loss.softplus(Double.NaN)).isNaN();
    }

    @Test
    void the_same_bits_before_and_after_the_jit_compiles_them() {
        Random random = new Random(16);
        double[] z = new double[1000];
        for (int i = 0; i < z.length; i++) {
            z[i] = randomArgument(random);
        }
        long[] first = bits(z);
        double sink = 0;
        for (int round = 0; round < 2000; round++) {
            for (double v : z) {
                sink += Activation.tanh(v) + Loss.softplus(v);
            }
        }
        assertThat(sink).isNotZero();
        assertThat(bits(z)).isEqualTo(first);
    }

    private static long[] bits(double[] z) {
        long[] bits = new long[2 * z.length];
        for (int i = 0; i < z.length; i++) {
            bits[2 * i] = Double.doubleToRawLongBits(Activation.tanh(z[i]));
            bits[2 * i + 1] = Double.doubleToRawLongBits(Loss.softplus(z[i]));
        }
        return bits;
    }

    /** Half the time ±10^e for e uniform in −320..310 times a uniform mantissa, half a random bit pattern. */
    private static double randomArgument(Random random) {
        if (random.nextBoolean()) {
            double sign = random.nextBoolean() ? 1 : -1;
            return sign * random.nextDouble() * Math.pow(10, random.nextInt(631) - 320);
        }
        return Double.longBitsToDouble(random.nextLong());
    }

    private static void assertClose(DoubleUnaryOperator engine, DoubleUnaryOperator reference, double z) {
        double expected = reference.applyAsDouble(z);
        double actual = engine.applyAsDouble(z);
        // every NaN counts as NaN (its payload is not a result); every other value to the bit, −0 too
        assertThat(Double.doubleToLongBits(actual)).as("at z = %s: %s, not %s", z, actual, expected)
                .isEqualTo(Double.doubleToLongBits(expected));
    }
}
