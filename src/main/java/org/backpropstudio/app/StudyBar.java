package org.backpropstudio.app;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.backpropstudio.model.Study;
import org.backpropstudio.model.StudioModel;

/**
 * The bar under the stepper while a test sample is studied ({@link Study}): what is shown and why
 * the update changes nothing, and the way back to training. Hidden otherwise. Node ids:
 * {@code #study-bar}, {@code #study-text}, {@code #end-study}.
 */
final class StudyBar extends HBox {

    StudyBar(StudioModel model) {
        setId("study-bar");
        getStyleClass().add("study-bar");
        Label text = new Label();
        text.setId("study-text");
        text.setWrapText(true);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button back = new Button(Messages.get("study.back"));
        back.setId("end-study");
        back.setMinWidth(USE_PREF_SIZE);
        back.setOnAction(e -> model.endStudy());
        getChildren().addAll(text, back);
        model.studyShownProperty().addListener((obs, old, now) -> show(text, now));
        show(text, model.studyShownProperty().get());
    }

    private void show(Label text, Study study) {
        setVisible(study != null);
        setManaged(study != null);
        if (study != null) {
            text.setText(Messages.format("study.text", String.valueOf(study.testIndex() + 1), study.before().name()));
        }
    }
}
