package org.backpropstudio.io;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.NetworkState;
import org.backpropstudio.core.Session;
import org.backpropstudio.explain.Equation;
import org.backpropstudio.explain.Equations;
import org.backpropstudio.explain.Notation;
import org.backpropstudio.explain.Numbers;

/**
 * The trace as a Markdown handout a teacher can print: the session's name and network, then for
 * every iteration and every sample the sections "Forward pass", "Loss", "Backward pass" and
 * "Gradients", then the iteration's "Update", and at the end the loss over the whole dataset. Each
 * micro-step appears as the meaning of its equations in italics (each distinct sentence once),
 * followed by every equation it computed as a list item {@code lhs = rhs = substituted = result}
 * in {@link Notation#UNICODE} ({@link Equations#forStep}).
 */
public final class TraceMarkdown {
    private static final Numbers NUMBERS = new Numbers(Notation.UNICODE);

    /** The headed sections of a sample and of an iteration's update. */
    private enum Section {
        FORWARD("Forward pass"),
        LOSS("Loss"),
        BACKWARD("Backward pass"),
        GRADIENTS("Gradients"),
        UPDATE("Update");

        final String title;

        Section(String title) {
            this.title = title;
        }

        static Section of(MicroStep.Kind kind) {
            return switch (kind) {
                case Z, A -> FORWARD;
                case LOSS -> LOSS;
                case DELTA -> BACKWARD;
                case GRADIENT -> GRADIENTS;
                case UPDATE -> UPDATE;
            };
        }
    }

    private final Writer out;
    private final Equations equations = new Equations(Notation.UNICODE);
    /** The iteration whose heading was written last, 0 before the first. */
    private int iteration;
    /** The section the last micro-step was written in, or null at the start of a sample. */
    private Section section;

    private TraceMarkdown(Writer out) {
        this.out = out;
    }

    /** Writes the trace of iterations 1..{@code iterations} of {@code session} to {@code out}, which stays open. */
    public static void write(Session session, int iterations, Writer out) throws IOException {
        TraceMarkdown handout = new TraceMarkdown(out);
        handout.writeIntroduction(session);
        double datasetLoss = TraceRecorder.record(session, iterations, new TraceRecorder.Listener() {
            @Override
            public void afterStep(int iteration, MicroStep step, NetworkState state) throws IOException {
                handout.writeStep(iteration, step, state);
            }

            @Override
            public void afterIteration(TraceIteration iteration) throws IOException {
                handout.paragraph("Loss of iteration " + iteration.iteration() + " over its samples, before the update: "
                        + "**J = " + NUMBERS.format(iteration.loss()) + "**.");
            }
        });
        handout.heading(2, "Result");
        handout.paragraph("After " + iterations + (iterations == 1 ? " iteration" : " iterations")
                + ", the loss over the whole dataset is **J = " + NUMBERS.format(datasetLoss) + "**.");
    }

    private void writeIntroduction(Session session) throws IOException {
        heading(1, "Backpropagation, step by step: " + escape(session.name()));
        Network network = session.network();
        String layers = IntStream.rangeClosed(1, network.layers())
                .mapToObj(l -> count(network.units(l), "unit") + " (" + network.activation(l).id() + ")")
                .collect(Collectors.joining(" → "));
        int m = session.dataset().size();
        String batch = session.batch() == BatchMode.FULL
                ? "full (every iteration takes all " + count(m, "sample") + " and averages their gradients)"
                : "sample (every iteration takes the next of the " + count(m, "sample") + ", in dataset order)";
        out.write("- Network: " + count(network.inputs(), "input") + " → " + layers + "\n"
                + "- Loss: " + session.loss().id() + "\n"
                + "- Learning rate: η = " + NUMBERS.format(session.learningRate()) + "\n"
                + "- Batch: " + batch + "\n\n");
    }

    /** Writes one micro-step: headings as needed, its meanings in italics, its equations as a list. */
    private void writeStep(int stepIteration, MicroStep step, NetworkState s) throws IOException {
        if (stepIteration != iteration) {
            heading(2, "Iteration " + stepIteration);
            iteration = stepIteration;
        }
        if (step.kind() == MicroStep.Kind.Z && step.layer() == 1) {
            heading(3, "Sample " + (s.currentSample() + 1));
            section = null;
            paragraph("Input x = " + vector(s.units(0), i -> s.a(0, i)) + ", target y = "
                    + vector(s.units(s.layers()), s::target) + ".");
        }
        Section now = Section.of(step.kind());
        if (now != section) {
            heading(now == Section.UPDATE ? 3 : 4, now.title);
            section = now;
        }
        List<Equation> computed = equations.forStep(s, step);
        Set<String> meanings = new LinkedHashSet<>();
        computed.forEach(e -> meanings.add(e.meaning()));
        for (String meaning : meanings) {
            paragraph("*" + meaning + "*");
        }
        for (Equation e : computed) {
            out.write("- " + e.line() + "\n");
        }
        out.write("\n");
    }

    private void heading(int level, String title) throws IOException {
        out.write("#".repeat(level) + " " + title + "\n\n");
    }

    private void paragraph(String text) throws IOException {
        out.write(text + "\n\n");
    }

    /** (v₀, v₁, …) formatted. */
    private static String vector(int n, IntToDoubleFunction value) {
        return IntStream.range(0, n).mapToObj(i -> NUMBERS.format(value.applyAsDouble(i)))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    /** "1 input", "2 inputs". */
    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Text with the characters that would start Markdown markup escaped, line breaks turned into spaces. */
    private static String escape(String text) {
        return text.replaceAll("\\R", " ").replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1");
    }
}
