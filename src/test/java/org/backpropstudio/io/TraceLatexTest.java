package org.backpropstudio.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The LaTeX handout: balanced environments and braces, and (where pdflatex is installed) it compiles. */
class TraceLatexTest {
    private static final Pattern ENVIRONMENT = Pattern.compile("\\\\(begin|end)\\{([a-z*]+)}");

    private static String latex(String preset, int iterations) throws Exception {
        StringWriter out = new StringWriter();
        TraceLatex.write(SessionFile.read(Path.of("assets/presets/" + preset + ".backprop.json")).session(), iterations,
                out);
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-example", "xor", "blobs", "sine", "and"})
    void environments_and_braces_are_balanced(String preset) throws Exception {
        String tex = latex(preset, 2);
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
        int depth = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                assertThat(depth).isNotNegative();
            }
        }
        assertThat(depth).isZero();
        assertThat(tex.chars().filter(c -> c > 127)).as("no character a plain pdflatex cannot read").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-example", "sine", "blobs"})
    void a_plain_pdflatex_compiles_it(String preset, @TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdflatex")), "pdflatex is not installed");
        Files.writeString(dir.resolve("handout.tex"), latex(preset, 1));
        Process p = new ProcessBuilder("/usr/bin/pdflatex", "-interaction=nonstopmode", "-halt-on-error", "handout.tex")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("out.log"))).isZero();
        assertThat(dir.resolve("handout.pdf")).isNotEmptyFile();
    }
}
