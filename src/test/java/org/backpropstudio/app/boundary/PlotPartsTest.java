package org.backpropstudio.app.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.backpropstudio.app.plot.Argb;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Network;
import org.junit.jupiter.api.Test;

/** The plot's pieces without a screen: the reading of outputs, contours and the grid (ticks: app/plot/TicksTest). */
class PlotPartsTest {
    /**
     * How far a contour crossing may lie from the true circle: marching squares interpolates
     * linearly across a cell of size 1, 0.009 off on this cone.
     */
    private static final double ON_THE_CIRCLE = 0.1;
    /** The boundary's coordinates are floats (exactly 9.5 here): room for float rounding only. */
    private static final float FLOAT_ROUNDING = 1e-4f;

    @Test
    void one_sigmoid_output_reads_as_two_classes_either_side_of_a_half() {
        Dataset data = new Dataset(new double[][] {{0, 0}, {1, 1}}, new double[][] {{0}, {1}});
        Outputs o = Outputs.of(1, Activation.SIGMOID, data);
        assertThat(o.threshold()).isEqualTo(0.5);
        assertThat(o.classOf(new double[] {1})).isEqualTo(1);
        assertThat(o.classOf(new double[] {0})).isEqualTo(0);
        Outputs tanh = Outputs.of(1, Activation.TANH,
                new Dataset(new double[][] {{0, 0}, {1, 1}}, new double[][] {{-1}, {1}}));
        assertThat(tanh.threshold()).isEqualTo(0);
        assertThat(tanh.halfRange()).isEqualTo(1);
        Outputs softmax = Outputs.of(3, Activation.SOFTMAX,
                new Dataset(new double[][] {{0, 0}}, new double[][] {{0, 0, 1}}));
        assertThat(softmax.classOf(new double[] {0, 0, 1})).isEqualTo(2);
    }

    @Test
    void the_zero_line_of_a_circle_is_traced_at_its_radius() {
        int n = 41;
        double[] field = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                field[j * n + i] = 10 - Math.hypot(i - 20, j - 20); // positive inside radius 10
            }
        }
        Contours contours = new Contours();
        contours.add(field, n, n);
        float[] s = contours.segments();
        assertThat(s.length / 4).isGreaterThan(40);
        for (int p = 0; p < s.length; p += 2) {
            assertThat(Math.hypot(s[p] - 20, s[p + 1] - 20)).isCloseTo(10, within(ON_THE_CIRCLE));
        }
    }

    @Test
    void a_grid_cell_takes_the_colour_of_its_class_and_the_boundary_runs_where_the_output_is_a_half() {
        // ŷ = σ(10·x₁): class 1 right of x₁ = 0, class 0 left of it.
        Network net = new Network(new int[] {2, 1}, new Activation[] {null, Activation.SIGMOID},
                new double[][][] {{}, {{10, 0}}}, new double[][] {{}, {0}}, null, null);
        Dataset data = new Dataset(new double[][] {{-1, -1}, {1, 1}}, new double[][] {{0}, {1}});
        Palette palette = new Palette(0xFFFFFFFF, 0xFFE69F00, 0xFF0072B2, new int[] {0xFF0072B2}, 1.0);
        Evaluation.Job job = new Evaluation.Job(net, Outputs.of(1, Activation.SIGMOID, data), palette,
                -1, 1, -1, 1, 20, 10);
        Evaluation.Result r = Evaluation.run(job);
        assertThat(r.argb()).hasSize(200);
        assertThat(r.argb()[0]).as("far left: sure of class 0").isEqualTo(Argb.mix(0xFFFFFFFF, 0xFFE69F00,
                Math.pow(Math.abs(1 / (1 + Math.exp(-10 * job.cellX(0))) - 0.5) / 0.5, 0.6)));
        assertThat(r.argb()[19]).isEqualTo(Argb.mix(0xFFFFFFFF, 0xFF0072B2,
                Math.pow(Math.abs(1 / (1 + Math.exp(-10 * job.cellX(19))) - 0.5) / 0.5, 0.6)));
        float[] s = r.boundary();
        assertThat(s.length).isEqualTo(9 * 4);
        for (int p = 0; p < s.length; p += 2) {
            assertThat(s[p]).as("the boundary's column, between cells 9 and 10")
                    .isCloseTo(9.5f, within(FLOAT_ROUNDING));
        }
    }

    @Test
    void a_fitted_curve_reads_as_its_mean_distance_from_the_data() {
        // ŷ = 2x (one linear unit, no hidden layer) against y = x + 0.1 at x = 0, 1: |0 − 0.1| and |2 − 1.1|
        Network net = new Network(new int[] {1, 1}, new Activation[] {null, Activation.LINEAR},
                new double[][][] {{}, {{2}}}, new double[][] {{}, {0}}, null, null);
        Dataset data = new Dataset(new double[][] {{0}, {1}}, new double[][] {{0.1}, {1.1}});
        Outputs outputs = Outputs.of(1, Activation.LINEAR, data);
        assertThat(new Readings().summary(net, outputs, data))
                .isEqualTo("Fitted curve through 2 data points: mean distance |ŷ − y| 0.500");
    }
}
