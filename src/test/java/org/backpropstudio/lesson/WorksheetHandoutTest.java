package org.backpropstudio.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backpropstudio.explain.Notation;
import org.backpropstudio.io.HandoutStyle;
import org.backpropstudio.io.TraceLatex;
import org.backpropstudio.io.TraceMarkdown;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A worksheet printed: the blank handout asks every item with a line to write on and gives away no
 * answer; the answer key writes each item's equation as the equation panel does; both in Markdown
 * and in LaTeX a plain pdflatex reads.
 */
class WorksheetHandoutTest {
    private static final Pattern ENVIRONMENT = Pattern.compile("\\\\(begin|end)\\{([a-z*]+)}");

    private static Worksheet seed() throws LessonFormatException {
        return WorksheetLibrary.read(Path.of("assets/worksheets/seed-example.worksheet.json"));
    }

    private static String write(Worksheet w, WorksheetHandout.Kind kind, HandoutStyle style) throws Exception {
        StringWriter out = new StringWriter();
        WorksheetHandout.write(w, kind, style, out);
        return out.toString();
    }

    @Test
    void the_blank_markdown_handout_gives_the_start_and_a_blank_per_item_but_no_answer() throws Exception {
        Worksheet w = seed();
        String md = write(w, WorksheetHandout.Kind.BLANK, TraceMarkdown.style());
        assertThat(md).startsWith("# The worked example by hand\n\n")
                .contains("- Network: 2 inputs → 2 units (sigmoid) → 1 unit (sigmoid)\n")
                .contains("- Learning rate: η = 0.5\n")
                .contains("## What you start from\n")
                .contains("- Input x = (0.05, 0.1), target y = (0.01)\n")
                .contains("- w₁₁⁽¹⁾ = 0.15, w₁₂⁽¹⁾ = 0.2, b₁⁽¹⁾ = 0.35\n")
                .contains("- w₁₁⁽²⁾ = 0.4, w₁₂⁽²⁾ = 0.45, b₁⁽²⁾ = 0.6\n")
                .contains("## Compute\n")
                .contains("1. z₁⁽¹⁾ = " + "\\_".repeat(12) + " *the weighted input of unit 1 of hidden layer 1*\n")
                .contains("28. b₁⁽²⁾⁺ = \\_");
        assertThat(md.lines().filter(l -> l.matches("\\d+\\. .*"))).hasSize(28);
        assertThat(md).doesNotContain("0.3775").doesNotContain("0.59327").doesNotContain("0.274811");
    }

    @Test
    void the_answer_key_writes_each_items_equation_as_the_equation_panel_does() throws Exception {
        Worksheet w = seed();
        String md = write(w, WorksheetHandout.Kind.KEY, TraceMarkdown.style());
        assertThat(md).startsWith("# The worked example by hand: answer key\n\n").contains("## Answers\n");
        for (WorksheetItem item : w.items()) {
            assertThat(md).contains("**" + item.number() + ".** " + item.question().about() + "\n\n- "
                    + item.equation(Notation.UNICODE).line() + "\n");
        }
        assertThat(md).contains("- a₁⁽¹⁾ = σ(z₁⁽¹⁾) = ").contains("= 0.59327\n");
        String tex = write(w, WorksheetHandout.Kind.KEY, TraceLatex.style());
        assertThat(tex).contains("\\title{The worked example by hand: answer key}")
                .contains("  a^{(1)}_{1} &= \\sigma(z^{(1)}_{1}) \\\\\n")
                .contains("\\textbf{7.} the loss of this sample");
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-example", "blobs-softmax"})
    void the_latex_handouts_are_balanced_and_plain(String id) throws Exception {
        Worksheet w = WorksheetLibrary.read(Path.of("assets/worksheets/" + id + ".worksheet.json"));
        for (WorksheetHandout.Kind kind : WorksheetHandout.Kind.values()) {
            String tex = write(w, kind, TraceLatex.style());
            assertThat(tex).startsWith("\\documentclass").endsWith("\\end{document}\n");
            Deque<String> open = new ArrayDeque<>();
            Matcher m = ENVIRONMENT.matcher(tex);
            while (m.find()) {
                if (m.group(1).equals("begin")) {
                    open.push(m.group(2));
                } else {
                    assertThat(open.pop()).as("\\end{%s}", m.group(2)).isEqualTo(m.group(2));
                }
            }
            assertThat(open).isEmpty();
            assertThat(tex.chars().filter(c -> c > 127)).as("no character a plain pdflatex cannot read").isEmpty();
            assertThat(tex.chars().filter(c -> c == '$').count() % 2).as("math opened and closed").isZero();
        }
        String blank = write(w, WorksheetHandout.Kind.BLANK, TraceLatex.style());
        assertThat(blank).contains("\\begin{enumerate}").contains("\\item $" + w.items().get(0).question()
                .symbol(Notation.LATEX) + "$ = \\rule{4cm}{0.4pt} \\emph{");
    }
}
