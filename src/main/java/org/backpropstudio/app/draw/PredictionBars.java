package org.backpropstudio.app.draw;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.backpropstudio.app.Messages;

/**
 * The network's reading as bars, one a class: its name, a bar of its share and the share in per
 * cent; the class read is marked ({@code :best}, in words too: its accessible text). For a network
 * that does not classify, the outputs a⁽ᴸ⁾ₖ with their values (the bar clamped to [0, 1]).
 */
final class PredictionBars extends GridPane {
    private static final PseudoClass BEST = PseudoClass.getPseudoClass("best");
    private final List<Label> names = new ArrayList<>();
    private final List<ProgressBar> bars = new ArrayList<>();
    private final List<Label> values = new ArrayList<>();

    PredictionBars() {
        setId("draw-bars");
        getStyleClass().add("draw-bars");
        ColumnConstraints name = new ColumnConstraints();
        name.setHalignment(HPos.RIGHT);
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        bar.setFillWidth(true);
        ColumnConstraints value = new ColumnConstraints();
        value.setHalignment(HPos.RIGHT);
        getColumnConstraints().setAll(name, bar, value);
    }

    /** Shows {@code p}. */
    void show(Prediction p) {
        if (names.size() != p.shares().length) {
            rebuild(p.shares().length);
        }
        for (int k = 0; k < p.shares().length; k++) {
            double v = p.shares()[k];
            boolean best = k == p.best();
            String value = p.classes() ? Messages.format("draw.share", Math.round(100 * v)) : String.format("%.3f", v);
            bars.get(k).setProgress(Math.max(0, Math.min(1, v)));
            values.get(k).setText(value);
            String name = names.get(k).getText();
            bars.get(k).setAccessibleText(best ? Messages.format("draw.bar.best", name, value)
                    : Messages.format("draw.bar", name, value));
            for (var node : List.of(names.get(k), bars.get(k), values.get(k))) {
                node.pseudoClassStateChanged(BEST, best);
            }
        }
    }

    private void rebuild(int count) {
        getChildren().clear();
        names.clear();
        bars.clear();
        values.clear();
        for (int k = 0; k < count; k++) {
            Label name = new Label(String.valueOf(k));
            name.getStyleClass().add("draw-bar-name");
            ProgressBar bar = new ProgressBar(0);
            bar.getStyleClass().add("draw-bar");
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.setId("draw-bar-" + k);
            Label value = new Label();
            value.getStyleClass().add("draw-bar-value");
            value.setId("draw-bar-value-" + k);
            name.setLabelFor(bar);
            addRow(k, name, bar, value);
            names.add(name);
            bars.add(bar);
            values.add(value);
        }
    }
}
