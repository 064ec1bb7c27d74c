package org.backpropstudio.app.boundary;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backpropstudio.app.Messages;
import org.backpropstudio.app.plot.TickLabel;
import org.backpropstudio.explain.Scripts;

/**
 * The boundary plot's title and legend: the two classes of one output either side of its
 * threshold, or the classes of several; on a curve, the network's curve (or one per output) and
 * the data; and the ring of the current sample. Node ids {@code #decision-boundary-title} and
 * {@code #decision-boundary-legend}; swatches by style class ({@code legend-swatch negative},
 * {@code category-3}, {@code legend-line curve}, {@code legend-dot data}, {@code legend-ring}).
 */
final class BoundaryHeader extends VBox {
    private final Label title = new Label();
    private final FlowPane legend = new FlowPane();

    BoundaryHeader() {
        title.setId("decision-boundary-title");
        title.getStyleClass().add("decision-boundary-title");
        legend.setId("decision-boundary-legend");
        legend.getStyleClass().add("decision-boundary-legend");
        getStyleClass().add("decision-boundary-header");
        getChildren().addAll(title, legend);
    }

    /** The title and legend for a network of {@code inputs} inputs whose outputs read as {@code outputs}. */
    void show(int inputs, Outputs outputs) {
        title.setText(Messages.get(inputs == 1 ? "boundary.title.curve" : "boundary.title.plane"));
        List<Node> items = new ArrayList<>();
        if (inputs == 2 && !outputs.isMultiClass()) {
            String t = outputs.sigmoid() ? "0.5" : TickLabel.fixed(outputs.threshold(), 2);
            String below = "ŷ < " + t;
            String above = "ŷ > " + t;
            items.add(item("legend-swatch negative",
                    outputs.sigmoid() ? Messages.format("boundary.legend.side", below, "0") : below));
            items.add(item("legend-swatch positive",
                    outputs.sigmoid() ? Messages.format("boundary.legend.side", above, "1") : above));
        } else if (inputs == 2) {
            for (int k = 0; k < outputs.count(); k++) {
                items.add(item("legend-swatch category-" + (k % 8 + 1),
                        Messages.format("boundary.legend.class", String.valueOf(k + 1))));
            }
        } else if (inputs == 1) {
            if (outputs.isMultiClass()) {
                for (int k = 0; k < outputs.count(); k++) {
                    items.add(item("legend-line category-" + (k % 8 + 1), "ŷ" + Scripts.subscript(k + 1)));
                }
            } else {
                items.add(item("legend-line curve", Messages.get("boundary.legend.network")));
                items.add(item("legend-dot data", Messages.get("boundary.legend.data")));
            }
        }
        if (inputs == 1 || inputs == 2) {
            items.add(item("legend-ring", Messages.get("boundary.legend.current")));
        }
        legend.getChildren().setAll(items);
    }

    private static Node item(String swatchClasses, String text) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll(swatchClasses.split(" "));
        Label label = new Label(text);
        label.getStyleClass().add("legend-label");
        HBox item = new HBox(swatch, label);
        item.getStyleClass().add("legend-item");
        return item;
    }
}
