package org.backpropstudio.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The text of a card in Markdown-light, parsed: paragraphs (separated by a blank line) and bullet
 * items (lines that start with {@code "- "}), each a run of spans that are plain, <b>bold</b>
 * ({@code **bold**}), <i>italic</i> ({@code *italic*}) or math ({@code $z^{(1)}_1 = 0.3775$}, LaTeX
 * as JLaTeXMath reads it). A backslash before {@code *}, {@code $} or {@code \} outside math writes
 * that character itself. Unicode (z₁⁽¹⁾, σ, δ) is plain text and needs no markup. Within a
 * paragraph a single line break is a space.
 *
 * @param blocks the paragraphs and bullet items, in order
 */
public record CardText(List<Block> blocks) {

    /** A paragraph, or one bullet item. */
    public record Block(boolean bullet, List<Span> spans) {
        public Block {
            spans = List.copyOf(spans);
        }

        /** The text without markup, math as its LaTeX source. */
        public String plainText() {
            return spans.stream().map(Span::text).collect(Collectors.joining());
        }
    }

    /** A run of text in one style; {@code math} spans hold LaTeX source. */
    public record Span(String text, boolean bold, boolean italic, boolean math) {
        /** Plain text. */
        public static Span plain(String text) {
            return new Span(text, false, false, false);
        }

        /** LaTeX math. */
        public static Span math(String latex) {
            return new Span(latex, false, false, true);
        }
    }

    public CardText {
        blocks = List.copyOf(blocks);
    }

    /**
     * Parses Markdown-light {@code source}.
     *
     * @throws IllegalArgumentException saying what is wrong (an unclosed {@code **}, {@code *} or
     *                                  {@code $}, or empty math), in words for the message of a
     *                                  {@link LessonFormatException}
     */
    public static CardText parse(String source) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder current = null;
        boolean bullet = false;
        for (String line : source.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                if (current != null) {
                    blocks.add(block(bullet, current.toString()));
                    current = null;
                }
                continue;
            }
            boolean item = trimmed.startsWith("- ") || trimmed.equals("-");
            if (item || current == null) {
                if (current != null) {
                    blocks.add(block(bullet, current.toString()));
                }
                current = new StringBuilder(item ? trimmed.substring(1).strip() : trimmed);
                bullet = item;
            } else {
                current.append(' ').append(trimmed);
            }
        }
        if (current != null) {
            blocks.add(block(bullet, current.toString()));
        }
        return new CardText(blocks);
    }

    /** The text without markup: blocks separated by a blank line, bullets as "• ", math as LaTeX. */
    public String plainText() {
        return blocks.stream().map(b -> (b.bullet() ? "• " : "") + b.plainText()).collect(Collectors.joining("\n\n"));
    }

    /** The LaTeX of every math span, in order. */
    public List<String> math() {
        return blocks.stream().flatMap(b -> b.spans().stream()).filter(Span::math).map(Span::text)
                .collect(Collectors.toList());
    }

    private static Block block(boolean bullet, String text) {
        return new Block(bullet, spans(text));
    }

    /** The spans of one paragraph's text. */
    private static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean bold = false;
        boolean italic = false;
        int boldAt = -1;
        int italicAt = -1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && "\\*$".indexOf(text.charAt(i + 1)) >= 0) {
                run.append(text.charAt(i + 1));
                i += 2;
            } else if (c == '$') {
                int end = closingDollar(text, i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException(LessonWords.format("markup.unclosedMath", excerpt(text, i)));
                }
                String latex = text.substring(i + 1, end).strip();
                if (latex.isEmpty()) {
                    throw new IllegalArgumentException(LessonWords.format("markup.emptyMath", excerpt(text, i)));
                }
                flush(spans, run, bold, italic);
                spans.add(Span.math(latex));
                i = end + 1;
            } else if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                flush(spans, run, bold, italic);
                bold = !bold;
                boldAt = i;
                i += 2;
            } else if (c == '*') {
                flush(spans, run, bold, italic);
                italic = !italic;
                italicAt = i;
                i++;
            } else {
                run.append(c);
                i++;
            }
        }
        if (bold) {
            throw new IllegalArgumentException(LessonWords.format("markup.unclosedBold", excerpt(text, boldAt)));
        }
        if (italic) {
            throw new IllegalArgumentException(LessonWords.format("markup.unclosedItalic", excerpt(text, italicAt)));
        }
        flush(spans, run, false, false);
        return spans;
    }

    /** The index of the $ that closes math opened before {@code from} (a \$ inside does not), or −1. */
    private static int closingDollar(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '$') {
                return i;
            }
        }
        return -1;
    }

    private static void flush(List<Span> spans, StringBuilder run, boolean bold, boolean italic) {
        if (run.length() > 0) {
            spans.add(new Span(run.toString(), bold, italic, false));
            run.setLength(0);
        }
    }

    private static String excerpt(String text, int at) {
        String rest = text.substring(at);
        return rest.length() > 30 ? rest.substring(0, 30) + "…" : rest;
    }
}
