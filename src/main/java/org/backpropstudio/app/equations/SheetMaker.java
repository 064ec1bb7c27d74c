package org.backpropstudio.app.equations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.backpropstudio.app.MathMasks;
import org.backpropstudio.app.Messages;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.explain.Equation;
import org.backpropstudio.explain.Equations;
import org.backpropstudio.explain.Notation;
import org.backpropstudio.model.Selection;

/**
 * Decides what the equation panel shows for a snapshot and a selection, and typesets it. The
 * equations themselves, in symbols and with numbers, come from {@link Equations}: in Unicode for
 * the words and the plain-text line that screen readers and tests read ({@link #sheet}, on the FX
 * thread, so they change with the state at once), and in LaTeX to typeset ({@link #typeset}, on
 * the typesetting thread; a snapshot is immutable, so reading it there is safe).
 */
final class SheetMaker {
    /** With more equations than this, the panel shows the first {@link #COLLAPSED} and a "show all". */
    static final int SHOW_ALL_UP_TO = 12;
    /** How many equations a long list shows before "show all". */
    static final int COLLAPSED = 6;
    /** A long list is handed over as it is typeset: after this many equations, then twice as many, …. */
    static final int BATCH = 16;

    /**
     * What to show: the state, the selection (or null), whether all equations, the type size, the
     * rendering scale, and the width lines may take before they are broken (≤ 0: unlimited).
     */
    record Request(Snapshot snapshot, Selection selection, boolean all, double size, double scale, double width) {
    }

    /**
     * How a line after the first begins: "=" with the thick space TeX puts before a relation (at
     * the start of a formula it would get none), so that it lines up under the first line's "=".
     */
    private static final String EQUALS = "\\;= ";
    /**
     * How a broken line continues: one quad in from the "=" above, then the operator with the space
     * TeX puts around a binary operator (\: is a medium space; an operator at the start of a line
     * would otherwise be set as a sign).
     */
    private static final String CONTINUATION = "\\phantom{=}\\quad ";

    private final Equations latex = new Equations(Notation.LATEX);
    private final Equations unicode = new Equations(Notation.UNICODE);
    private final MathMasks typesetter;

    SheetMaker(MathMasks typesetter) {
        this.typesetter = typesetter;
    }

    /**
     * Which equations a request shows, in one notation, and everything around them: the common
     * ground of {@link #sheet} (Unicode, on the FX thread) and {@link #typeset} (LaTeX, on the
     * typesetting thread), so that the two always agree on the list.
     */
    private record Contents(EquationSheet.Mode mode, String kicker, String heading, String subheading, String hint,
                            List<Equation> equations, List<String> captions, boolean symbolsOnly, String pending) {
    }

    private Contents contents(Request r, Equations equations) {
        Snapshot s = r.snapshot();
        if (r.selection() instanceof Selection.Neuron n) {
            return new Contents(EquationSheet.Mode.ELEMENT, Messages.get("equations.selected"),
                    Elements.unitTitle(s, n.layer(), n.unit()), "", "", equations.forNeuron(s, n.layer(), n.unit()),
                    List.of(), false,
                    Elements.pendingForNeuron(s, n.layer()));
        }
        if (r.selection() instanceof Selection.Weight w) {
            int l = w.layer();
            List<Equation> list = new ArrayList<>();
            List<String> captions = new ArrayList<>();
            if (s.isComputed(MicroStep.Kind.Z, l)) {
                // The weighted input the weight feeds: forNeuron's first equation once computed.
                list.add(equations.forNeuron(s, l, w.to()).get(0));
                captions.add(Messages.format("equations.caption.carries", Elements.unitName(s, l, w.to())));
            }
            list.addAll(equations.forWeight(s, l, w.to(), w.from()));
            return new Contents(EquationSheet.Mode.ELEMENT, Messages.get("equations.selected"),
                    Elements.weightTitle(l, w.to(), w.from()), Elements.weightRoute(s, l, w.to(), w.from()), "", list,
                    captions, false,
                    Elements.pendingForWeight(s, l));
        }
        MicroStep step = s.lastStep();
        String iteration = Elements.count(s.iteration() + 1);
        if (step == null) {
            MicroStep next = s.plan().at(1);
            return new Contents(EquationSheet.Mode.UPCOMING, Messages.format("equations.kicker.upNext", iteration),
                    equations.describe(next, s), "", Messages.format("equations.hint", equations.quantity(next, s)),
                    equations.forStep(s, next), List.of(), true, "");
        }
        return new Contents(EquationSheet.Mode.STEP, Messages.format("equations.kicker.step", iteration,
                        Elements.count(s.step()), Elements.count(s.plan().length())),
                equations.describe(step, s), "", "", equations.forStep(s, step), List.of(), false, "");
    }

    /** How many of {@code total} equations a request shows. */
    private static int shown(Request r, int total) {
        return r.all() || total <= SHOW_ALL_UP_TO ? total : COLLAPSED;
    }

    /**
     * The sheet for {@code r} in words and plain text, without the typeset lines: cheap enough for
     * the FX thread, so headings and the text of each equation change with the state at once.
     */
    EquationSheet sheet(Request r) {
        Contents c = contents(r, unicode);
        int total = c.equations().size();
        int shown = shown(r, total);
        List<EquationSheet.Item> items = new ArrayList<>(shown);
        String previousMeaning = "";
        for (int i = 0; i < shown; i++) {
            Equation u = c.equations().get(i);
            String meaning = u.meaning().equals(previousMeaning) ? "" : u.meaning();
            previousMeaning = u.meaning();
            String caption = i < c.captions().size() ? c.captions().get(i) : "";
            items.add(new EquationSheet.Item(caption, c.symbolsOnly() ? symbols(u) : u.line(), meaning));
        }
        return new EquationSheet(c.mode(), c.kicker(), c.heading(), c.subheading(), c.hint(), items, total,
                c.pending());
    }

    /**
     * The typeset lines of the equations {@link #sheet} lists for {@code r}, in order; handed to
     * {@code progress} after the first {@value #BATCH} equations too, and each time as many again,
     * so that the first ones show while the rest are typeset. Typesetting thread only.
     */
    List<EquationSheet.Lines> typeset(Request r, Consumer<List<EquationSheet.Lines>> progress) {
        Contents c = contents(r, latex);
        int shown = shown(r, c.equations().size());
        List<EquationSheet.Lines> all = new ArrayList<>(shown);
        int batch = BATCH;
        for (int i = 0; i < shown; i++) {
            all.add(lines(r, c.equations().get(i), c.symbolsOnly()));
            if (all.size() == batch && all.size() < shown) {
                progress.accept(List.copyOf(all));
                batch *= 2;
            }
        }
        return all;
    }

    /** "lhs = rhs" of a Unicode equation, for a step not yet taken. */
    private static String symbols(Equation u) {
        return new Equation(u.lhs(), u.rhs(), "", "", u.meaning()).line();
    }

    /**
     * The typeset lines of {@code e}: "lhs = rhs", "= substituted", "= result", leaving out an
     * empty part and one that reads the same as the part after it (as {@link Equation#line()} does).
     */
    private EquationSheet.Lines lines(Request r, Equation e, boolean symbolsOnly) {
        List<String> parts = new ArrayList<>(symbolsOnly ? List.of(e.lhs(), e.rhs())
                : List.of(e.lhs(), e.rhs(), e.substituted(), e.result()));
        parts.removeIf(String::isEmpty);
        for (int i = parts.size() - 2; i >= 0; i--) {
            if (parts.get(i).equals(parts.get(i + 1))) {
                parts.remove(i);
            }
        }
        double indent = parts.isEmpty() ? 0 : typesetter.width(parts.get(0), r.size());
        List<String> latexLines = new ArrayList<>();
        if (parts.size() >= 2) {
            latexLines.addAll(broken(parts.get(0) + " = ", parts.get(1), r.width(), r.width() - indent, r));
        } else if (!parts.isEmpty()) {
            latexLines.add(parts.get(0));
        }
        for (int i = 2; i < parts.size(); i++) {
            latexLines.addAll(broken(EQUALS, parts.get(i), r.width() - indent, r.width() - indent, r));
        }
        List<MathMasks.Mask> lines = new ArrayList<>();
        for (String latexLine : latexLines) {
            lines.add(typesetter.mask(latexLine, r.size(), r.scale(), true));
        }
        boolean result = !symbolsOnly && parts.size() > 2;
        return new EquationSheet.Lines(lines, result, indent);
    }

    /**
     * {@code prefix + body} as one line if it fits in {@code first} pixels, else broken as a
     * textbook breaks a long line: before a "+" or "−" between terms, and only where that is not
     * enough before a "·" between factors, outside parentheses first and inside them only for a
     * group too wide for a line by itself. As many pieces go on each line as fit ({@code rest}
     * pixels for the lines after the first); each continuation starts with its operator, one quad
     * in from the "=" above. Braces are never broken (they group \frac's arguments, exponents and
     * indices), so a line with an unbreakable piece wider than the space stays wide; the panel
     * then shrinks it a little, or scrolls.
     */
    private List<String> broken(String prefix, String body, double first, double rest, Request r) {
        String whole = prefix + body;
        if (first <= 0 || typesetter.width(whole, r.size()) <= first) {
            return List.of(whole);
        }
        List<String> pieces = pieces(body, 0, Math.min(first, rest), r.size());
        List<String> lines = new ArrayList<>();
        String line = prefix + pieces.get(0);
        double limit = first;
        for (String piece : pieces.subList(1, pieces.size())) {
            String longer = line + piece;
            if (typesetter.width(longer, r.size()) <= limit) {
                line = longer;
            } else {
                lines.add(line);
                line = continuation(piece);
                limit = rest;
            }
        }
        lines.add(line);
        return lines;
    }

    /** The break levels: "+ −" outside parentheses, "·" outside, "+ −" one deep, "·" one deep, …. */
    private static final int LEVELS = 6;

    /** {@code latex} cut at break level {@code level} and, where a piece is still too wide, at deeper ones. */
    private List<String> pieces(String latex, int level, double limit, double size) {
        if (level >= LEVELS || typesetter.width(latex, size) <= limit) {
            return List.of(latex);
        }
        List<String> pieces = new ArrayList<>();
        for (String piece : split(latex, level / 2, level % 2 == 0)) {
            pieces.addAll(pieces(piece, level + 1, limit, size));
        }
        return pieces;
    }

    /**
     * {@code latex} cut before each " + " and " - " ({@code sums}) or each " \cdot " (not
     * {@code sums}) that lies inside exactly {@code depth} parentheses or brackets and no braces:
     * at depth 0, "a + b - c" → "a", " + b", " - c".
     */
    static List<String> split(String latex, int depth, boolean sums) {
        List<String> pieces = new ArrayList<>();
        int braces = 0;
        int parens = 0;
        int start = 0;
        for (int i = 0; i < latex.length(); i++) {
            char c = latex.charAt(i);
            boolean here = braces == 0 && parens == depth && i > start;
            if (here && sums && (latex.startsWith(" + ", i) || latex.startsWith(" - ", i))) {
                pieces.add(latex.substring(start, i));
                start = i;
                i += 2;
            } else if (here && !sums && latex.startsWith(TIMES, i)) {
                pieces.add(latex.substring(start, i));
                start = i;
                i += TIMES.length() - 1;
            } else if (c == '\\' && i + 1 < latex.length()) {
                i++;
            } else if (c == '{') {
                braces++;
            } else if (c == '}') {
                braces--;
            } else if (c == '(' || c == '[') {
                parens++;
            } else if (c == ')' || c == ']') {
                parens--;
            }
        }
        pieces.add(latex.substring(start));
        return pieces;
    }

    private static final String TIMES = " \\cdot ";

    /** A piece that starts a new line: its operator, spaced as a binary one, after the indent. */
    private static String continuation(String piece) {
        if (piece.startsWith(TIMES)) {
            return CONTINUATION + "\\cdot\\: " + piece.substring(TIMES.length());
        }
        if (piece.startsWith(" + ") || piece.startsWith(" - ")) {
            return CONTINUATION + piece.charAt(1) + "\\: " + piece.substring(3);
        }
        return CONTINUATION + piece;
    }
}
