package org.backpropstudio.app.lesson;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.backpropstudio.app.Messages;
import org.backpropstudio.lesson.Lesson;
import org.backpropstudio.lesson.LessonLibrary;
import org.backpropstudio.model.LessonModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The top of the lesson tab: the list of lessons and Open… for a lesson file, then the lesson's
 * title and, until its session is open, its summary.
 *
 * <p>Node ids: {@code #lesson-choice}, {@code #lesson-open-file}, {@code #lesson-title},
 * {@code #lesson-summary}.
 */
final class LessonHeader extends VBox {
    private final LessonModel lessons;
    private final ComboBox<LessonLibrary.Entry> choice = new ComboBox<>();
    private final Button openFile = new Button(Messages.get("lesson.open"));
    private final Label title = new Label();
    private final Label summary = new Label();

    LessonHeader(LessonModel lessons) {
        this.lessons = lessons;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("lesson-header");
        choice.setId("lesson-choice");
        choice.getStyleClass().add("lesson-choice");
        choice.setPromptText(Messages.get("lesson.choose"));
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setButtonCell(new EntryCell());
        choice.setCellFactory(list -> new EntryCell());
        HBox.setHgrow(choice, Priority.ALWAYS);
        openFile.setId("lesson-open-file");
        openFile.setGraphic(new FontIcon("mdal-folder_open"));
        openFile.setTooltip(new Tooltip(Messages.get("lesson.open.tip")));
        openFile.setMinWidth(Region.USE_PREF_SIZE);
        // the tab says "Lesson": the chooser has the row to itself, long titles whole
        HBox chooser = new HBox(choice, openFile);
        chooser.getStyleClass().add("lesson-chooser");

        title.setId("lesson-title");
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        summary.setId("lesson-summary");
        summary.getStyleClass().add("lesson-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().setAll(chooser, title, summary);
    }

    private void init() {
        choice.setItems(lessons.entries());
        choice.setValue(lessons.entryProperty().get());
        lessons.entryProperty().addListener((obs, old, now) -> choice.setValue(now));
        choice.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != lessons.entryProperty().get()) {
                lessons.choose(now);
            }
        });
        openFile.setOnAction(e -> chooseFile());
        lessons.lessonProperty().addListener(o -> showLesson());
        showLesson();
        // the summary says what the lesson is about until its session is open: then the first card does
        summary.visibleProperty().bind(lessons.startedProperty().not().and(summary.textProperty().isNotEmpty())
                .and(lessons.bannerProperty().isEqualTo(LessonModel.Banner.OTHER_SESSION)));
        summary.managedProperty().bind(summary.visibleProperty());
    }

    private void showLesson() {
        Lesson l = lessons.getLesson();
        title.setText(l == null ? "" : l.title());
        summary.setText(l == null ? "" : l.summary());
    }

    /** Asks for a lesson file and hands it to the model. */
    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("lesson.open.title"));
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(Messages.get("lesson.files"), "*.lesson.json", "*.json"));
        java.io.File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            lessons.openFile(file.toPath());
        }
    }

    /** A lesson in the list: its title. */
    private static final class EntryCell extends ListCell<LessonLibrary.Entry> {
        @Override
        protected void updateItem(LessonLibrary.Entry item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.title());
        }
    }
}
