package org.backpropstudio.io;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Optional;
import org.backpropstudio.core.Session;

/** The formats a trace is written in, each by its own writer over the one {@link TraceRecorder}. */
public enum TraceFormat {
    /** {@link TraceJson}. */
    JSON("json", TraceJson::write),
    /** {@link TraceMarkdown}. */
    MARKDOWN("markdown", TraceMarkdown::write),
    /** {@link TraceCsv}. */
    CSV("csv", TraceCsv::write),
    /** {@link TraceLatex}. */
    LATEX("latex", TraceLatex::write);

    /** Writes the trace of a session's first iterations. */
    @FunctionalInterface
    private interface Writing {
        void write(Session session, int iterations, Writer out) throws IOException;
    }

    private final String id;
    private final Writing writing;

    TraceFormat(String id, Writing writing) {
        this.id = id;
        this.writing = writing;
    }

    /** The name used on the command line, e.g. {@code "markdown"}. */
    public String id() {
        return id;
    }

    /** The format whose {@link #id()} is {@code id}, if any. */
    public static Optional<TraceFormat> fromId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    /** Writes the trace of iterations 1..{@code iterations} of {@code session} to {@code out}, which stays open. */
    public void write(Session session, int iterations, Writer out) throws IOException {
        writing.write(session, iterations, out);
    }

    @Override
    public String toString() {
        return id;
    }
}
