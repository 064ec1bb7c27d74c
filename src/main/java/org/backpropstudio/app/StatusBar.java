package org.backpropstudio.app;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.backpropstudio.app.chart.EpochText;
import org.backpropstudio.model.StudioModel;

/**
 * The window's bottom line: the model's message (why training stopped, say), long work with its
 * progress and Cancel ({@link WorkIndicator}), the accuracy (or loss) on the training and test sets
 * at the latest epoch end of a session with a test set, and the last loss with the iterations so
 * far. Node ids: {@code #status-message}, {@code #status-scores}, {@code #status-loss}.
 */
final class StatusBar extends HBox {
    /**
     * @param reading what the window is reading or writing ("Opening lecture.backprop.json…"), or null
     */
    StatusBar(StudioModel model, ReadOnlyStringProperty reading) {
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(model.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label loss = new Label();
        loss.setId("status-loss");
        loss.textProperty().bind(Bindings.createStringBinding(() -> {
            double last = model.lossesProperty().get().last();
            long count = model.lossesProperty().get().count();
            return Double.isNaN(last) ? "" : Messages.format("status.loss", String.format(Locale.ROOT, "%.6g", last),
                    String.format(Locale.ROOT, "%,d", count), count);
        }, model.lossesProperty()));
        Label scores = new Label();
        scores.setId("status-scores");
        scores.textProperty().bind(Bindings.createStringBinding(() -> EpochText.brief(
                model.epochScoresProperty().get()), model.epochScoresProperty()));
        getChildren().addAll(message, announcement(model), spacer, new WorkIndicator(model, reading), scores, loss);
        getStyleClass().add("status-bar");
    }

    /**
     * A node with no text on screen whose accessible text says what the last step computed
     * ({@link StepAnnouncement}), changed (and so announced) after each step taken by hand, not
     * while training plays. Node id: {@code #step-announcement}.
     */
    private static Label announcement(StudioModel model) {
        Label announcement = new Label();
        announcement.setId("step-announcement");
        announcement.setAccessibleRole(AccessibleRole.TEXT);
        model.snapshotProperty().addListener((obs, old, now) -> {
            boolean moved = now != null && (old == null || old.position() != now.position());
            if (moved && !model.playingProperty().get()) {
                announcement.setAccessibleText(StepAnnouncement.of(now));
                announcement.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
            }
        });
        return announcement;
    }
}
