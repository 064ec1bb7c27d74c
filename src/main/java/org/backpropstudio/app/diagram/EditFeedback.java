package org.backpropstudio.app.diagram;

import java.util.concurrent.CompletionException;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.backpropstudio.app.Messages;
import org.backpropstudio.model.EditOutcome;

/**
 * What the editor says about the last entry or edit: why it was refused, as a sentence, or what
 * it did to the loss, "J 0.2748 → 0.2611  (ΔJ = −0.0137)".
 */
final class EditFeedback {
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<EditOutcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyStringWrapper outcomeText = new ReadOnlyStringWrapper(this, "outcomeText", "");

    /** An entry or an edit was refused, for {@code reason}. */
    void refused(String reason) {
        error.set(reason);
    }

    /** An edit went through with {@code result}; no refusal stands. */
    void applied(EditOutcome result) {
        error.set("");
        outcome.set(result);
        outcomeText.set(Messages.format("diagram.editor.outcome", Numbers.format(result.lossBefore()),
                Numbers.format(result.lossAfter()), Numbers.signed(result.change())));
    }

    /** No refusal stands (the entry changed). */
    void clearError() {
        error.set("");
    }

    /** Nothing to say (another number is edited). */
    void clear() {
        error.set("");
        outcome.set(null);
    }

    /** Why the last entry or edit was refused; empty when nothing was. */
    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the last edit did to the loss, null before one. */
    ReadOnlyObjectProperty<EditOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** That in words. */
    ReadOnlyStringProperty outcomeTextProperty() {
        return outcomeText.getReadOnlyProperty();
    }

    /** The message of a refused edit, as a sentence. */
    static String reason(Throwable failure) {
        Throwable t = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        String m = t.getMessage() == null || t.getMessage().isBlank()
                ? Messages.get("diagram.editor.refused") : t.getMessage().strip();
        m = Character.toUpperCase(m.charAt(0)) + m.substring(1);
        return m.endsWith(".") ? m : m + ".";
    }
}
