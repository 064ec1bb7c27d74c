package org.backpropstudio.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.backpropstudio.explain.Equation;
import org.backpropstudio.explain.Notation;

/**
 * How a handout is marked up: Markdown ({@link TraceMarkdown#style()}) or LaTeX
 * ({@link TraceLatex#style()}). Text handed to it is plain Unicode; the style escapes it. The
 * trace's handout ({@code TraceHandout}) and the worksheets' ({@code lesson/WorksheetHandout}) are
 * written with it.
 */
public interface HandoutStyle {
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

    /** A numbered list, each item marked text (escaped by {@link #text}, {@link #math} and so on). */
    void numbered(Writer out, List<String> markedItems) throws IOException;

    /** The equations of one micro-step. */
    void equations(Writer out, List<Equation> equations) throws IOException;

    /** Plain text escaped for this markup. */
    String text(String plain);

    /** Plain text in bold. */
    String bold(String plain);

    /** Plain text in italics. */
    String italic(String plain);

    /** A formula written in this style's {@link #notation()}, as marked text. */
    String math(String formula);

    /** A line to write an answer on, as marked text. */
    String blank();

    /** The document's end. */
    void end(Writer out) throws IOException;
}
