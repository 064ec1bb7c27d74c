package org.backpropstudio.app;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.backpropstudio.model.StudioModel;
import org.backpropstudio.model.Work;

/**
 * The status bar's account of long work: a file being read (what, and a busy bar), a saved history
 * being restored or a long rewind (what, how far, and Cancel); hidden when there is none.
 */
final class WorkIndicator extends HBox {
    private final StudioModel model;
    private final ReadOnlyStringProperty reading;
    private final Label what = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Button cancel = new Button(Messages.get("work.cancel"));

    /**
     * @param reading what the window is reading ("Opening lecture.backprop.json…"), or null
     */
    WorkIndicator(StudioModel model, ReadOnlyStringProperty reading) {
        this.model = model;
        this.reading = reading;
        getStyleClass().add("work-indicator");
        setId("work");
        what.setId("work-label");
        bar.setId("work-progress");
        cancel.setId("work-cancel");
        cancel.setOnAction(e -> model.cancelWork());
        getChildren().addAll(what, bar, cancel);
        model.workProperty().addListener((obs, old, now) -> show());
        reading.addListener((obs, old, now) -> show());
        show();
    }

    private void show() {
        Work work = model.workProperty().get();
        String file = reading.get();
        setVisible(work != null || file != null);
        setManaged(isVisible());
        cancel.setVisible(work != null);
        cancel.setManaged(work != null);
        if (work != null) {
            what.setText(Messages.format(
                    work.kind() == Work.Kind.RESTORING_HISTORY ? "work.restoringHistory" : "work.replaying",
                    Math.round(100 * work.fraction())));
            bar.setProgress(work.fraction());
        } else if (file != null) {
            what.setText(file);
            bar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        }
    }
}
