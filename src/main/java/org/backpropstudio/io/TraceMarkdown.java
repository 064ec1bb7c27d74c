package org.backpropstudio.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.backpropstudio.core.Session;
import org.backpropstudio.explain.Equation;
import org.backpropstudio.explain.Notation;

/**
 * The trace as a Markdown handout ({@link TraceHandout}): each equation a list item
 * {@code lhs = rhs = substituted = result} in {@link Notation#UNICODE}.
 */
public final class TraceMarkdown implements HandoutStyle {

    private TraceMarkdown() {
    }

    /** Writes the trace of iterations 1..{@code iterations} of {@code session} to {@code out}, which stays open. */
    public static void write(Session session, int iterations, Writer out) throws IOException {
        TraceHandout.write(session, iterations, out, new TraceMarkdown());
    }

    /** The Markdown style, for other handouts (the worksheets'). */
    public static HandoutStyle style() {
        return new TraceMarkdown();
    }

    @Override
    public Notation notation() {
        return Notation.UNICODE;
    }

    @Override
    public void begin(Writer out, String title) throws IOException {
        heading(out, 1, title);
    }

    @Override
    public void heading(Writer out, int level, String title) throws IOException {
        out.write("#".repeat(level) + " " + text(title) + "\n\n");
    }

    @Override
    public void paragraph(Writer out, String markedText) throws IOException {
        out.write(markedText + "\n\n");
    }

    @Override
    public void facts(Writer out, List<String> facts) throws IOException {
        for (String fact : facts) {
            out.write("- " + fact + "\n");
        }
        out.write("\n");
    }

    @Override
    public void numbered(Writer out, List<String> markedItems) throws IOException {
        for (int i = 0; i < markedItems.size(); i++) {
            out.write((i + 1) + ". " + markedItems.get(i) + "\n");
        }
        out.write("\n");
    }

    /** The formula in Unicode, as text. */
    @Override
    public String math(String formula) {
        return text(formula);
    }

    @Override
    public String blank() {
        return "\\_".repeat(12);
    }

    @Override
    public void equations(Writer out, List<Equation> equations) throws IOException {
        for (Equation e : equations) {
            out.write("- " + e.line() + "\n");
        }
        out.write("\n");
    }

    /** Text with the characters that would start Markdown markup escaped, line breaks turned into spaces. */
    @Override
    public String text(String plain) {
        return plain.replaceAll("\\R", " ").replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1");
    }

    @Override
    public String bold(String plain) {
        return "**" + plain + "**";
    }

    @Override
    public String italic(String plain) {
        return "*" + plain + "*";
    }

    @Override
    public void end(Writer out) {
    }
}
