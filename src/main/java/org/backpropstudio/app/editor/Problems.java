package org.backpropstudio.app.editor;

import java.util.concurrent.CompletionException;
import javafx.scene.control.Spinner;
import javafx.util.StringConverter;

/** What the editors say when an entry is refused. */
final class Problems {
    private Problems() {
    }

    /** The reason a command was refused, or "" if it was not. */
    static String message(Throwable refused) {
        Throwable t = refused instanceof CompletionException && refused.getCause() != null
                ? refused.getCause() : refused;
        return t == null ? "" : t.getMessage();
    }

    /**
     * A converter for an editable whole-number spinner that keeps the spinner's value when the
     * typed text is not a whole number (instead of throwing on the UI thread).
     */
    static StringConverter<Integer> wholeNumbers(Spinner<Integer> spinner) {
        return new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text.strip());
                } catch (NumberFormatException e) {
                    return spinner.getValue();
                }
            }
        };
    }
}
