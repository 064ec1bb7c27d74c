package org.backpropstudio.export;

/** A session that cannot be exported as a program; the message says why in one sentence. */
public final class ExportRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    ExportRefusedException(String message) {
        super(message);
    }
}
