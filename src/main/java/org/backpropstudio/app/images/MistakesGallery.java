package org.backpropstudio.app.images;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.backpropstudio.app.Messages;
import org.backpropstudio.app.diagram.DiagramKeys;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.ImageShape;

/**
 * The test samples the network gets wrong, as thumbnails captioned "true → predicted" in test-set
 * order. A click on one, or Enter or Space on the one under the keyboard's cursor ({@link
 * FlowCursor}: Tab to the gallery, then the arrow keys), hands its index in the test set to the
 * study callback; the one studied is marked {@code :studied}. Thumbnails are reused from one
 * evaluation to the next. Ids: {@code #mistakes} (the flow), {@code #mistakes-title},
 * {@code #mistakes-none}; each thumbnail {@code .mistake}.
 */
final class MistakesGallery extends VBox {
    static final PseudoClass STUDIED = PseudoClass.getPseudoClass("studied");

    private final Label title = new Label();
    private final Label none = new Label(Messages.get("pictures.mistakes.none"));
    private final FlowPane flow = new FlowPane();
    private final FlowCursor cursor;
    private final List<Thumb> thumbs = new ArrayList<>();
    /** The test indices shown, in order, with each one's true and predicted class. */
    private List<Integer> shown = List.of();
    private int[] actual = new int[0];
    private int[] predicted = new int[0];
    private int studied = -1;
    private IntConsumer onStudy = i -> { };

    MistakesGallery() {
        getStyleClass().add("mistakes-gallery");
        title.setId("mistakes-title");
        title.getStyleClass().add("pictures-heading");
        none.setId("mistakes-none");
        none.getStyleClass().add("pictures-note");
        none.setWrapText(true);
        flow.setId("mistakes");
        flow.getStyleClass().addAll("mistakes", DiagramKeys.NAVIGABLE);
        flow.setFocusTraversable(true);
        flow.setAccessibleRole(AccessibleRole.TEXT);
        flow.setAccessibleRoleDescription(Messages.get("pictures.mistakes.role"));
        cursor = new FlowCursor(flow, i -> speak());
        flow.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        getChildren().addAll(title, none, flow);
        title.setText(Messages.get("pictures.mistakes.pending"));
        none.setVisible(false);
        none.setManaged(false);
        flow.setAccessibleText(Messages.get("pictures.mistakes.pending"));
    }

    /** Calls {@code study} with a test sample's index when the student picks its thumbnail. */
    void setOnStudy(IntConsumer study) {
        this.onStudy = study;
    }

    /** Marks the thumbnail of test sample {@code testIndex} as the one studied (−1: none). */
    void setStudied(int testIndex) {
        studied = testIndex;
        for (int k = 0; k < thumbs.size(); k++) {
            thumbs.get(k).pseudoClassStateChanged(STUDIED, k < shown.size() && shown.get(k) == testIndex);
        }
    }

    /** Shows the mistakes of {@code result} on the test set {@code test}, its inputs pictures of {@code shape}. */
    void show(TestSetScore.Result result, Dataset test, ImageShape shape) {
        shown = result.misclassified();
        actual = result.actual();
        predicted = result.predicted();
        while (thumbs.size() < shown.size()) {
            Thumb thumb = new Thumb();
            int k = thumbs.size();
            thumb.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                flow.requestFocus();
                cursor.moveTo(k);
                study(k);
            });
            thumbs.add(thumb);
        }
        for (int k = 0; k < shown.size(); k++) {
            int s = shown.get(k);
            thumbs.get(k).show(test.inputRow(s), shape, actual[s], predicted[s]);
        }
        if (flow.getChildren().size() != shown.size()) {
            flow.getChildren().setAll(thumbs.subList(0, shown.size()));
        }
        cursor.itemsChanged();
        setStudied(studied);
        title.setText(Messages.format("pictures.mistakes.title", String.format(Locale.ROOT, "%,d", shown.size()),
                String.format(Locale.ROOT, "%,d", test.size())));
        none.setVisible(shown.isEmpty());
        none.setManaged(shown.isEmpty());
        speak();
    }

    /** The test indices shown, in order; for tests. */
    List<Integer> shown() {
        return shown;
    }

    /** The flow of thumbnails (the node that takes the focus). */
    FlowPane flow() {
        return flow;
    }

    private void key(KeyEvent e) {
        if (cursor.key(e)) {
            e.consume();
        } else if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) && cursor.index() >= 0) {
            study(cursor.index());
            e.consume();
        }
    }

    private void study(int k) {
        if (k >= 0 && k < shown.size()) {
            onStudy.accept(shown.get(k));
        }
    }

    private void speak() {
        flow.setAccessibleText(spoken());
        flow.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
    }

    /** The thumbnail under the cursor, or what the gallery holds. */
    private String spoken() {
        int k = cursor.index();
        if (k < 0 || k >= shown.size()) {
            return title.getText();
        }
        int s = shown.get(k);
        return Messages.format("pictures.mistakes.spoken", String.valueOf(k + 1), String.valueOf(shown.size()),
                String.valueOf(s + 1), String.valueOf(actual[s]), String.valueOf(predicted[s]));
    }

    /** One misclassified sample: its picture and "true → predicted". */
    private static final class Thumb extends VBox {
        private final SamplePicture picture = new SamplePicture();
        private final Label caption = new Label();

        Thumb() {
            getStyleClass().add("mistake");
            setAlignment(Pos.CENTER);
            caption.getStyleClass().add("mistake-caption");
            getChildren().addAll(picture, caption);
        }

        void show(double[] pixels, ImageShape shape, int actual, int predicted) {
            picture.show(pixels, shape);
            caption.setText(Messages.format("pictures.mistakes.caption", String.valueOf(actual),
                    String.valueOf(predicted)));
        }
    }
}
