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
import org.backpropstudio.core.Network;
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
 * The markup is a {@link Style}'s: Markdown ({@link TraceMarkdown}) or LaTeX ({@link TraceLatex}).
 */
final class TraceHandout {
    /** How a handout is marked up. Text handed to it is plain Unicode; the style escapes it. */
    interface Style {
        /** The notation the equations are written in. */
        Notation notation();

        /** The document's start, with its title. */
        void begin(Writer out, String title) throws IOException;

        /** A heading of level 2 (iteration), 3 (sample, update) or 4 (section). */
        void heading(Writer out, int level, String title) throws IOException;

        /** A paragraph of plain text, with spans marked by {@link #bold} and {@link #italic}. */
        void paragraph(Writer out, String markedText) throws IOException;

        /** A list of facts, each plain text. */
        void facts(Writer out, List<String> facts) throws IOException;

        /** The equations of one micro-step. */
        void equations(Writer out, List<Equation> equations) throws IOException;

        /** Plain text escaped for this markup. */
        String text(String plain);

        /** Plain text in bold. */
        String bold(String plain);

        /** Plain text in italics. */
        String italic(String plain);

        /** The document's end. */
        void end(Writer out) throws IOException;
    }

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
    private final Style style;
    private final Equations equations;
    /** The iteration whose heading was written last, 0 before the first. */
    private int iteration;
    /** The section the last micro-step was written in, or null at the start of a sample. */
    private Section section;

    private TraceHandout(Writer out, Style style) {
        this.out = out;
        this.style = style;
        this.equations = new Equations(style.notation());
    }

    /** Writes the handout of iterations 1..{@code iterations} of {@code session} to {@code out}, which stays open. */
    static void write(Session session, int iterations, Writer out, Style style) throws IOException {
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
        Network network = session.network();
        String layers = IntStream.rangeClosed(1, network.layers())
                .mapToObj(l -> IoWords.format("handout.layer", String.valueOf(network.units(l)), network.units(l),
                        network.activation(l).id()))
                .collect(Collectors.joining(" → "));
        int m = session.dataset().size();
        String batch = switch (session.batch()) {
            case FULL -> IoWords.format("handout.batch.full", String.valueOf(m), m);
            case SAMPLE -> IoWords.format("handout.batch.sample", String.valueOf(m), m);
            case MINI -> IoWords.format("handout.batch.mini", String.valueOf(session.batchSize()),
                    String.valueOf(m), m, String.valueOf(session.shuffleSeed()));
        };
        style.facts(out, List.of(
                IoWords.format("handout.network", String.valueOf(network.inputs()), network.inputs(), layers),
                IoWords.format("handout.loss", session.loss().id()),
                IoWords.format("handout.learningRate", NUMBERS.format(session.learningRate())),
                batch));
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
    private static String withBold(Style style, String sentence, String bold) {
        int at = sentence.indexOf(BOLD);
        return style.text(sentence.substring(0, at)) + style.bold(bold)
                + style.text(sentence.substring(at + BOLD.length()));
    }
}
