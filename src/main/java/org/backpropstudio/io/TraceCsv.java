package org.backpropstudio.io;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.NetworkState;
import org.backpropstudio.core.Session;

/**
 * The trace as CSV (RFC 4180: a header line, CRLF line ends), one row per quantity each micro-step
 * computed:
 * <pre>
 *   iteration,sample,phase,quantity,layer,unit,from,value
 *   1,1,forward,z,1,1,,0.3775
 *   1,1,backward,dW,2,1,2,0.08266762784753325
 *   1,,update,W,2,1,2,0.4086661860762334
 * </pre>
 * Columns: the iteration (from 1); the sample (its dataset index counted from 1; empty for the
 * update); the phase ({@code forward}, {@code loss}, {@code backward}, {@code update}); the quantity:
 * {@code z}, {@code a}, {@code loss} (the sample's Jₛ), {@code delta}, {@code dW} and {@code db}
 * (the sample's ∂Jₛ/∂wⱼₖ⁽ˡ⁾ and ∂Jₛ/∂bⱼ⁽ˡ⁾), {@code W} and {@code b} (the values after the update);
 * the layer l (empty for the loss); the unit j counted from 1 (empty for the loss); for weights the
 * unit k of layer l − 1 it comes from, counted from 1 (else empty); the value, which parses back to
 * the same double. So wⱼₖ⁽ˡ⁾ is the row with layer l, unit j, from k. No field ever holds a comma,
 * quote or line break, so none is quoted.
 */
public final class TraceCsv {
    /** The header line, without its line end. */
    public static final String HEADER = "iteration,sample,phase,quantity,layer,unit,from,value";
    private static final String LINE_END = "\r\n";

    private TraceCsv() {
    }

    /** Writes the trace of iterations 1..{@code iterations} of {@code session} to {@code out}, which stays open. */
    public static void write(Session session, int iterations, Writer out) throws IOException {
        out.write(HEADER + LINE_END);
        TraceRecorder.record(session, iterations, new TraceRecorder.Listener() {
            @Override
            public void afterStep(int iteration, MicroStep step, NetworkState s) throws IOException {
                writeStep(out, iteration, step, s);
            }
        });
    }

    private static void writeStep(Writer out, int iteration, MicroStep step, NetworkState s) throws IOException {
        Rows rows = new Rows(out, iteration,
                step.kind() == MicroStep.Kind.UPDATE ? "" : Integer.toString(s.currentSample() + 1),
                step.phase().name().toLowerCase(Locale.ROOT));
        int l = step.layer();
        switch (step.kind()) {
            case Z -> {
                for (int j = 0; j < s.units(l); j++) {
                    rows.unit("z", l, j, s.z(l, j));
                }
            }
            case A -> {
                for (int j = 0; j < s.units(l); j++) {
                    rows.unit("a", l, j, s.a(l, j));
                }
            }
            case LOSS -> rows.write("loss", "", "", "", s.sampleLoss());
            case DELTA -> {
                for (int j = 0; j < s.units(l); j++) {
                    rows.unit("delta", l, j, s.delta(l, j));
                }
            }
            case GRADIENT -> {
                for (int j = 0; j < s.units(l); j++) {
                    for (int k = 0; k < s.units(l - 1); k++) {
                        rows.weight("dW", l, j, k, s.sampleWeightGradient(l, j, k));
                    }
                    rows.unit("db", l, j, s.delta(l, j));
                }
            }
            case UPDATE -> {
                for (int m = 1; m <= s.layers(); m++) {
                    for (int j = 0; j < s.units(m); j++) {
                        for (int k = 0; k < s.units(m - 1); k++) {
                            rows.weight("W", m, j, k, s.weight(m, j, k));
                        }
                        rows.unit("b", m, j, s.bias(m, j));
                    }
                }
            }
        }
    }

    /** The rows of one micro-step: its iteration, sample and phase columns, then one quantity per row. */
    private record Rows(Writer out, int iteration, String sample, String phase) {
        void unit(String quantity, int l, int j, double value) throws IOException {
            write(quantity, Integer.toString(l), Integer.toString(j + 1), "", value);
        }

        void weight(String quantity, int l, int j, int k, double value) throws IOException {
            write(quantity, Integer.toString(l), Integer.toString(j + 1), Integer.toString(k + 1), value);
        }

        void write(String quantity, String layer, String unit, String from, double value) throws IOException {
            out.write(String.join(",", Integer.toString(iteration), sample, phase, quantity, layer, unit, from,
                    Double.toString(value)) + LINE_END);
        }
    }
}
