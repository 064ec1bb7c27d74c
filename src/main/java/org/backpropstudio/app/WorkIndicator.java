package org.backpropstudio.app;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.backpropstudio.model.StudioModel;
import org.backpropstudio.model.Work;

/**
 * The status bar's account of long work (a saved history being restored, a long rewind): what is
 * being done, a progress bar and Cancel; hidden when there is none.
 */
final class WorkIndicator extends HBox {
    private final Label what = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Button cancel = new Button(Messages.get("work.cancel"));

    WorkIndicator(StudioModel model) {
        getStyleClass().add("work-indicator");
        setId("work");
        what.setId("work-label");
        bar.setId("work-progress");
        cancel.setId("work-cancel");
        cancel.setOnAction(e -> model.cancelWork());
        getChildren().addAll(what, bar, cancel);
        model.workProperty().addListener((obs, old, now) -> show(now));
        show(model.workProperty().get());
    }

    private void show(Work work) {
        setVisible(work != null);
        setManaged(work != null);
        if (work == null) {
            return;
        }
        what.setText(Messages.format(work.kind() == Work.Kind.RESTORING_HISTORY ? "work.restoringHistory" : "work.replaying",
                Math.round(100 * work.fraction())));
        bar.setProgress(work.fraction());
    }
}
