package org.backpropstudio.app;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.backpropstudio.model.StudioModel;

/**
 * The timeline under the diagram: a scrubber over the session's recorded history and the counter
 * "event 12 of 40". Dragging the scrubber moves the model's cursor there; otherwise the scrubber
 * follows the model, its thumb always at the position.
 *
 * <p>The scrubber's maximum and value are set together, the maximum first: a slider clamps its
 * value to its maximum, so a position that arrived before the length had grown (opening a long
 * saved session) left the thumb at the far left while the counter read the end.
 *
 * <p>Node ids: {@code #timeline} (the slider), {@code #timeline-label}.
 */
final class TimelineBar extends HBox {
    private final StudioModel model;
    private final Slider scrubber = new Slider(0, 0, 0);
    /** True while the scrubber follows the model, so that its changes are not taken as the user's. */
    private boolean following;
    private final InvalidationListener follow = o -> follow();

    TimelineBar(StudioModel model) {
        this.model = model;
        getStyleClass().add("timeline");
        createView();
        model.positionProperty().addListener(follow);
        model.lengthProperty().addListener(follow);
        scrubber.valueProperty().addListener((obs, old, now) -> {
            if (!following && Math.round(now.doubleValue()) != model.positionProperty().get()) {
                model.seek(Math.round(now.doubleValue()));
            }
        });
        follow();
    }

    private void createView() {
        Label caption = new Label(Messages.get("timeline.caption"));
        caption.getStyleClass().add("caption");
        scrubber.setId("timeline");
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        Label where = new Label();
        where.setId("timeline-label");
        where.getStyleClass().add("counter");
        where.textProperty().bind(Bindings.createStringBinding(() -> Messages.format("timeline.position",
                model.positionProperty().get(), model.lengthProperty().get()),
                model.positionProperty(), model.lengthProperty()));
        getChildren().setAll(caption, scrubber, where);
    }

    /** Puts the scrubber's end at the model's length and its thumb at the position. */
    private void follow() {
        following = true;
        try {
            scrubber.setMax(model.lengthProperty().get());
            scrubber.setValue(model.positionProperty().get());
        } finally {
            following = false;
        }
    }
}
