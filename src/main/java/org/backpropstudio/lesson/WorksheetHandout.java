package org.backpropstudio.lesson;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Network;
import org.backpropstudio.explain.Notation;
import org.backpropstudio.explain.Numbers;
import org.backpropstudio.explain.Scripts;
import org.backpropstudio.io.HandoutStyle;
import org.backpropstudio.io.SessionFacts;

/**
 * A worksheet printed, in the markup of a {@link HandoutStyle} (Markdown or LaTeX, as the trace's
 * handouts): its title and summary, the session's facts ({@link SessionFacts}), what the student
 * starts from (the sample, and every weight and bias at the start of the iteration), then either
 * the items with a line to write each answer on ({@link Kind#BLANK}) or, for the teacher, each item
 * with the equation that computes it, as the equation panel writes it ({@link Kind#KEY}).
 */
public final class WorksheetHandout {
    private static final Numbers NUMBERS = new Numbers(Notation.UNICODE);

    /** Which handout. */
    public enum Kind {
        /** For the student: the items with blanks. */
        BLANK,
        /** For the teacher: the items with their computations and values. */
        KEY
    }

    private WorksheetHandout() {
    }

    /** Writes {@code worksheet} as the handout {@code kind} in {@code style} to {@code out}, which stays open. */
    public static void write(Worksheet worksheet, Kind kind, HandoutStyle style, Writer out) throws IOException {
        style.begin(out, kind == Kind.KEY ? LessonWords.format("worksheet.handout.keyTitle", worksheet.title())
                : worksheet.title());
        if (!worksheet.summary().isEmpty()) {
            style.paragraph(out, style.text(worksheet.summary()));
        }
        style.facts(out, SessionFacts.of(worksheet.session()));
        style.heading(out, 2, LessonWords.get("worksheet.handout.given"));
        Worksheet.Given given = worksheet.given();
        style.paragraph(out, style.text(LessonWords.format("worksheet.handout.where",
                String.valueOf(worksheet.iteration()), String.valueOf(worksheet.sample()),
                String.valueOf(given.sampleIndex() + 1))));
        style.facts(out, given(worksheet));
        if (kind == Kind.BLANK) {
            style.heading(out, 2, LessonWords.get("worksheet.handout.questions"));
            style.paragraph(out, style.italic(QuizCheck.rule()));
            List<String> items = new ArrayList<>();
            for (WorksheetItem item : worksheet.items()) {
                items.add(style.math(item.question().symbol(style.notation())) + " = " + style.blank() + " "
                        + style.italic(item.question().about()));
            }
            style.numbered(out, items);
        } else {
            style.heading(out, 2, LessonWords.get("worksheet.handout.answers"));
            for (WorksheetItem item : worksheet.items()) {
                style.paragraph(out, style.bold(item.number() + ".") + " " + style.text(item.question().about()));
                style.equations(out, List.of(item.equation(style.notation())));
            }
        }
        style.end(out);
    }

    /** The sample, then every unit's weights and bias at the start of the iteration, as plain text. */
    public static List<String> given(Worksheet worksheet) {
        Network network = worksheet.given().network();
        Dataset data = worksheet.session().dataset();
        int s = worksheet.given().sampleIndex();
        List<String> facts = new ArrayList<>();
        facts.add(LessonWords.format("worksheet.handout.sample",
                vector(network.inputs(), i -> data.input(s, i)), vector(network.outputs(), k -> data.target(s, k))));
        for (int l = 1; l <= network.layers(); l++) {
            int layer = l;
            for (int j = 0; j < network.units(l); j++) {
                int unit = j;
                String weights = IntStream.range(0, network.units(l - 1))
                        .mapToObj(k -> "w" + Scripts.units(unit, k) + Scripts.layer(layer) + " = "
                                + NUMBERS.format(network.weight(layer, unit, k)))
                        .collect(Collectors.joining(", "));
                facts.add(weights + ", b" + Scripts.units(j) + Scripts.layer(l) + " = "
                        + NUMBERS.format(network.bias(l, j)));
            }
        }
        return facts;
    }

    private static String vector(int n, java.util.function.IntToDoubleFunction value) {
        return IntStream.range(0, n).mapToObj(i -> NUMBERS.format(value.applyAsDouble(i)))
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
