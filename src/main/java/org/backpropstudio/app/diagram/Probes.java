package org.backpropstudio.app.diagram;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.control.Label;
import org.backpropstudio.app.Messages;

/**
 * Measures how large the diagram's things are at each {@link Density}: a card of each {@link Role},
 * a weight tag (full and slim) and a column header, each holding the widest texts, styled as the diagram styles
 * them (kept unseen in the diagram's own scene graph). Each density is measured once, until
 * {@link #forget()} (the diagram went into another scene, which may style it otherwise).
 */
final class Probes {
    private final Group group = new Group();
    private final NeuronView[] cards = {
        NeuronView.probe(Role.INPUT), NeuronView.probe(Role.HIDDEN), NeuronView.probe(Role.OUTPUT),
    };
    private final EdgeView edge = EdgeView.probe(false);
    private final EdgeView slimEdge = EdgeView.probe(true);
    private final Label header = new Label(Messages.format("diagram.header.hidden", "8", "leaky-relu"));
    private final Map<Density, DiagramLayout.Metrics> measured = new EnumMap<>(Density.class);

    Probes() {
        header.getStyleClass().add("column-header");
        header.setManaged(false);
        group.getStyleClass().add("probes");
        group.setManaged(false);
        group.setAutoSizeChildren(false);
        group.getChildren().setAll(cards);
        group.getChildren().addAll(edge.tag(), slimEdge.tag(), header);
        group.setVisible(false);
    }

    /** The node to put into the diagram, so that its styles reach the probes. */
    Group node() {
        return group;
    }

    /** The sizes at density {@code d}: measured now if it is not yet, or if {@code remember} is false. */
    DiagramLayout.Metrics measure(Density d, boolean remember) {
        DiagramLayout.Metrics m = measured.get(d);
        if (m == null) {
            m = measureNow(d);
            if (remember) {
                measured.put(d, m);
            }
        }
        return m;
    }

    /** Forgets what was measured. */
    void forget() {
        measured.clear();
    }

    private DiagramLayout.Metrics measureNow(Density d) {
        group.getStyleClass().setAll("probes", d.styleClass());
        for (NeuronView probe : cards) {
            probe.setRows(d.rows());
        }
        group.applyCss();
        double[] widths = new double[3];
        double[] heights = new double[3];
        for (NeuronView probe : cards) {
            int r = probe.role().ordinal();
            widths[r] = Math.ceil(probe.prefWidth(-1));
            heights[r] = Math.ceil(probe.prefHeight(widths[r]));
        }
        // hidden and output columns equally wide, so that they line up
        widths[1] = widths[2] = Math.max(widths[1], widths[2]);
        return new DiagramLayout.Metrics(d, widths, heights, Math.ceil(header.prefHeight(-1)),
                edge.tag().prefWidth(-1), edge.tag().prefHeight(-1),
                Math.ceil(slimEdge.tag().prefWidth(-1)), Math.ceil(slimEdge.tag().prefHeight(-1)));
    }
}
