package org.backpropstudio.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.backpropstudio.core.Session;
import org.backpropstudio.explain.Equation;
import org.backpropstudio.explain.Notation;

/**
 * The trace as a LaTeX handout ({@link TraceHandout}) that a plain {@code pdflatex} compiles (the
 * article class and amsmath only): each equation an {@code align*} of three lines, in symbols,
 * with the numbers, and the result ({@link Notation#LATEX}).
 */
public final class TraceLatex implements HandoutStyle {

    private TraceLatex() {
    }

    /** Writes the trace of iterations 1..{@code iterations} of {@code session} to {@code out}, which stays open. */
    public static void write(Session session, int iterations, Writer out) throws IOException {
        TraceHandout.write(session, iterations, out, new TraceLatex());
    }

    /** The LaTeX style, for other handouts (the worksheets'). */
    public static HandoutStyle style() {
        return new TraceLatex();
    }

    @Override
    public Notation notation() {
        return Notation.LATEX;
    }

    @Override
    public void begin(Writer out, String title) throws IOException {
        out.write("\\documentclass[11pt]{article}\n"
                + "\\usepackage{amsmath}\n"
                + "\\allowdisplaybreaks\n"
                + "\\setlength{\\parindent}{0pt}\n"
                + "\\setlength{\\parskip}{0.6em}\n"
                + "\\title{" + text(title) + "}\n"
                + "\\date{}\n"
                + "\\begin{document}\n"
                + "\\maketitle\n\n");
    }

    @Override
    public void heading(Writer out, int level, String title) throws IOException {
        String command = level <= 2 ? "section" : level == 3 ? "subsection" : "subsubsection";
        out.write("\\" + command + "*{" + text(title) + "}\n\n");
    }

    @Override
    public void paragraph(Writer out, String markedText) throws IOException {
        out.write(markedText + "\n\n");
    }

    @Override
    public void facts(Writer out, List<String> facts) throws IOException {
        out.write("\\begin{itemize}\n");
        for (String fact : facts) {
            out.write("  \\item " + text(fact) + "\n");
        }
        out.write("\\end{itemize}\n\n");
    }

    @Override
    public void numbered(Writer out, List<String> markedItems) throws IOException {
        out.write("\\begin{enumerate}\n");
        for (String item : markedItems) {
            out.write("  \\item " + item + "\n");
        }
        out.write("\\end{enumerate}\n\n");
    }

    /** The formula in LaTeX, as inline math. */
    @Override
    public String math(String formula) {
        return "$" + formula + "$";
    }

    @Override
    public String blank() {
        return "\\rule{4cm}{0.4pt}";
    }

    @Override
    public void equations(Writer out, List<Equation> equations) throws IOException {
        for (Equation e : equations) {
            out.write("\\begin{align*}\n  " + e.lhs() + " &= " + e.rhs() + " \\\\\n");
            if (!e.substituted().isEmpty() && !e.substituted().equals(e.rhs())) {
                out.write("  &= " + e.substituted() + " \\\\\n");
            }
            out.write("  &= " + e.result() + "\n\\end{align*}\n");
        }
        out.write("\n");
    }

    @Override
    public String text(String plain) {
        return LatexText.of(plain.replaceAll("\\R", " "));
    }

    @Override
    public String bold(String plain) {
        return "\\textbf{" + text(plain) + "}";
    }

    @Override
    public String italic(String plain) {
        return "\\emph{" + text(plain) + "}";
    }

    @Override
    public void end(Writer out) throws IOException {
        out.write("\\end{document}\n");
    }
}
