package org.backpropstudio.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import org.backpropstudio.core.Stride;
import org.backpropstudio.model.StudioModel;

/**
 * The window's settings a session file keeps beside the session, in its {@value #VIEW} member: the
 * stride and the play speed, so that a lecture reopens as it was left.
 */
final class ViewSettings {
    /** The session file's member for the window's settings. */
    private static final String VIEW = "view";

    private ViewSettings() {
    }

    /** {@code document} (unknown members kept; a new one if null) with {@code model}'s settings, a copy. */
    static ObjectNode with(ObjectNode document, StudioModel model) {
        ObjectNode copy = document == null ? JsonNodeFactory.instance.objectNode() : document.deepCopy();
        copy.putObject(VIEW)
                .put("stride", model.strideProperty().get().name())
                .put("speed", model.speedProperty().get());
        return copy;
    }

    /** Gives {@code model} the stride and speed saved in {@code document}, where they are valid. */
    static void apply(ObjectNode document, StudioModel model) {
        JsonNode view = document == null ? null : document.get(VIEW);
        if (view == null) {
            return;
        }
        Arrays.stream(Stride.values()).filter(s -> s.name().equals(view.path("stride").asText()))
                .findFirst().ifPresent(model.strideProperty()::set);
        double speed = view.path("speed").asDouble(Double.NaN);
        if (speed >= 1 && speed <= StudioModel.MAX_SPEED) {
            model.speedProperty().set(speed);
        }
    }
}
