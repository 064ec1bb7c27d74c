package org.backpropstudio.io;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.NetworkState;
import org.backpropstudio.core.Session;
import org.backpropstudio.explain.Equation;
import org.backpropstudio.explain.Equations;
import org.backpropstudio.explain.Notation;
import org.backpropstudio.explain.Numbers;

/**
 * The trace as a handout a teacher can print: the session's name and network, then for every
 * iteration and every sample the sections "Forward pass", "Loss", "Backward pass" and "Gradients",
 * then the iteration's "Update", and at the end the loss over the whole dataset. Each micro-step
 * appears as the meaning of its equations in italics (each distinct sentence once), followed by
 * every equation it computed ({@link Equations#forStep}): {@code lhs = rhs = substituted = result}.
 * The markup is a {@link HandoutStyle}'s: Markdown ({@link TraceMarkdown}) or LaTeX ({@link TraceLatex}).
 */
final class TraceHandout {
    /** The headed sections of a sample and of an iteration's update. */
    private enum Section {
        FORWARD, LOSS, BACKWARD, GRADIENTS, UPDATE;

        /** "Forward pass", "Loss", "Backward pass", "Gradients", "Update". */
        String title() {
            return switch (this) {
                case FORWARD -> IoWords.get("handout.forward");
                case LOSS -> IoWords.get("handout.lossSection");
                case BACKWARD -> IoWords.get("handout.backward");
                case GRADIENTS -> IoWords.get("handout.gradients");
                case UPDATE -> IoWords.get("handout.update");
            };
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

    private static final Numbers NUMBERS = new Numbers(Notation.UNICODE);
    /** Stands for the part of a sentence written in bold until the rest is escaped ({@link #withBold}). */
    private static final String BOLD = "\uE000";

    private final Writer out;
    private final HandoutStyle style;
    private final Equations equations;
    /** The iteration whose heading was written last, 0 before the first. */
    private int iteration;
    /** The section the last micro-step was written in, or null at the start of a sample. */
    private Section section;

    private TraceHandout(Writer out, HandoutStyle style) {
        this.out = out;
        this.style = style;
        this.equations = new Equations(style.notation());
    }

    /** Writes the handout of iterations 1..{@code iterations} of {@code session} to {@code out}, which stays open. */
    static void write(Session session, int iterations, Writer out, HandoutStyle style) throws IOException {
        TraceHandout handout = new TraceHandout(out, style);
        handout.writeIntroduction(session);
        double datasetLoss = TraceRecorder.record(session, iterations, new TraceRecorder.Listener() {
            @Override
            public void afterStep(int iteration, MicroStep step, NetworkState state) throws IOException {
                handout.writeStep(iteration, step, state);
            }

            @Override
            public void afterIteration(TraceIteration iteration) throws IOException {
                style.paragraph(out, withBold(style,
                        IoWords.format("handout.iterationLoss", String.valueOf(iteration.iteration()), BOLD),
                        "J = " + NUMBERS.format(iteration.loss())));
            }
        });
        style.heading(out, 2, IoWords.get("handout.result"));
        style.paragraph(out, withBold(style,
                IoWords.format("handout.datasetLoss", String.valueOf(iterations), iterations, BOLD),
                "J = " + NUMBERS.format(datasetLoss)));
        style.end(out);
    }

    private void writeIntroduction(Session session) throws IOException {
        style.begin(out, IoWords.format("handout.title", session.name()));
        style.facts(out, SessionFacts.of(session));
    }

    /** Writes one micro-step: headings as needed, its meanings in italics, its equations. */
    private void writeStep(int stepIteration, MicroStep step, NetworkState s) throws IOException {
        if (stepIteration != iteration) {
            style.heading(out, 2, IoWords.format("handout.iteration", String.valueOf(stepIteration)));
            iteration = stepIteration;
        }
        if (step.kind() == MicroStep.Kind.Z && step.layer() == 1) {
            style.heading(out, 3, IoWords.format("handout.sample", String.valueOf(s.currentSample() + 1)));
            section = null;
            style.paragraph(out, style.text(IoWords.format("handout.input", vector(s.units(0), i -> s.a(0, i)),
                    vector(s.units(s.layers()), s::target))));
        }
        Section now = Section.of(step.kind());
        if (now != section) {
            style.heading(out, now == Section.UPDATE ? 3 : 4, now.title());
            section = now;
        }
        List<Equation> computed = equations.forStep(s, step);
        Set<String> meanings = new LinkedHashSet<>();
        computed.forEach(e -> meanings.add(e.meaning()));
        for (String meaning : meanings) {
            style.paragraph(out, style.italic(meaning));
        }
        style.equations(out, computed);
    }

    /** (v₀, v₁, …) formatted. */
    private static String vector(int n, IntToDoubleFunction value) {
        return IntStream.range(0, n).mapToObj(i -> NUMBERS.format(value.applyAsDouble(i)))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    /**
     * {@code sentence} as marked text: escaped for the style, the {@link #BOLD} in it replaced by
     * {@code bold} in bold (so a translation places the value where its language puts it).
     */
    private static String withBold(HandoutStyle style, String sentence, String bold) {
        int at = sentence.indexOf(BOLD);
        return style.text(sentence.substring(0, at)) + style.bold(bold)
                + style.text(sentence.substring(at + BOLD.length()));
    }
}
