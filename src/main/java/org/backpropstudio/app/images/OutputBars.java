package org.backpropstudio.app.images;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.backpropstudio.app.Messages;

/**
 * The outputs a⁽ᴸ⁾ of one sample as a bar chart: a bar per output unit, as tall as its value
 * (clamped to [0, 1]: a softmax gives each class's probability), the value written above it and
 * the class below; the sample's own class (its label) is marked {@code :label} (its bar in the
 * accent colour, its name boxed), the class the network picks {@code :predicted}. Before the
 * forward pass reaches the output the bars are empty and the values dashes. Style classes
 * {@code output-bars}, {@code output-bar}, {@code output-name}, {@code output-value}; looks in
 * {@code pictures.css}. A screen reader hears every value.
 */
final class OutputBars extends Region {
    static final PseudoClass LABEL = PseudoClass.getPseudoClass("label");
    static final PseudoClass PREDICTED = PseudoClass.getPseudoClass("predicted");
    /** Each bar's column, when nothing narrower is asked, px. */
    private static final double PREF_COLUMN = 34;
    private static final double PREF_BARS_HEIGHT = 72;
    /** Below this column width the values are left out (they would not fit), px. */
    private static final double VALUE_ROOM = 26;

    private final List<Region> bars = new ArrayList<>();
    private final List<Label> names = new ArrayList<>();
    private final List<Label> values = new ArrayList<>();
    private final Region baseline = new Region();
    /** The values shown (null: not computed yet), and the label's class. */
    private double[] shown;
    private int label = -1;

    OutputBars() {
        getStyleClass().add("output-bars");
        baseline.getStyleClass().add("output-baseline");
        getChildren().add(baseline);
        setAccessibleRole(AccessibleRole.TEXT);
    }

    /** Shows the outputs {@code a} of a sample whose class is {@code labelClass}. */
    void show(double[] a, int labelClass) {
        columns(a.length);
        shown = a.clone();
        label = labelClass;
        int predicted = org.backpropstudio.core.Score.classOf(a);
        for (int k = 0; k < a.length; k++) {
            values.get(k).setText(format(a[k]));
            mark(k, predicted);
        }
        requestLayout();
        notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
    }

    /** Shows {@code outputs} empty bars (a⁽ᴸ⁾ not computed yet) for a sample whose class is {@code labelClass}. */
    void pending(int outputs, int labelClass) {
        columns(outputs);
        shown = null;
        label = labelClass;
        for (int k = 0; k < outputs; k++) {
            values.get(k).setText("—");
            mark(k, -1);
        }
        requestLayout();
        notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
    }

    /** The values shown, or null while they are not computed; for tests. */
    double[] shown() {
        return shown == null ? null : shown.clone();
    }

    /** The class marked as the sample's label; for tests. */
    int labelClass() {
        return label;
    }

    private void mark(int k, int predicted) {
        for (Region node : List.of(bars.get(k), names.get(k))) {
            node.pseudoClassStateChanged(LABEL, k == label);
            node.pseudoClassStateChanged(PREDICTED, k == predicted);
        }
    }

    /** Makes (or drops) the nodes of {@code n} columns. */
    private void columns(int n) {
        if (bars.size() == n) {
            return;
        }
        getChildren().removeAll(bars);
        getChildren().removeAll(names);
        getChildren().removeAll(values);
        bars.clear();
        names.clear();
        values.clear();
        for (int k = 0; k < n; k++) {
            Region bar = new Region();
            bar.getStyleClass().add("output-bar");
            Label name = new Label(n == 1 ? "ŷ" : String.valueOf(k));
            name.getStyleClass().add("output-name");
            Label value = new Label();
            value.getStyleClass().add("output-value");
            bars.add(bar);
            names.add(name);
            values.add(value);
        }
        getChildren().addAll(bars);
        getChildren().addAll(names);
        getChildren().addAll(values);
    }

    /** The value as written above its bar: two decimals, a true minus sign. */
    static String format(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "NaN" : v > 0 ? "∞" : "−∞";
        }
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.TEXT) {
            return spoken();
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }

    /** "Outputs a⁽ᴸ⁾ (label 7): 0: 0.01, 1: 0.02, …". */
    private String spoken() {
        if (shown == null) {
            return Messages.format("pictures.bars.pending", String.valueOf(label));
        }
        StringBuilder list = new StringBuilder();
        for (int k = 0; k < shown.length; k++) {
            list.append(k == 0 ? "" : ", ").append(names.get(k).getText()).append(": ").append(format(shown[k]));
        }
        return Messages.format("pictures.bars.spoken", String.valueOf(label), list.toString());
    }

    @Override
    protected void layoutChildren() {
        int n = bars.size();
        if (n == 0) {
            return;
        }
        Insets in = getInsets();
        double w = getWidth() - in.getLeft() - in.getRight();
        double column = w / n;
        double valueHeight = values.get(0).prefHeight(-1);
        double nameHeight = names.get(0).prefHeight(-1);
        double top = in.getTop() + valueHeight;
        double bottom = getHeight() - in.getBottom() - nameHeight;
        double room = Math.max(0, bottom - top);
        boolean roomForValues = column >= VALUE_ROOM;
        for (int k = 0; k < n; k++) {
            double x = in.getLeft() + k * column;
            double v = shown == null || !Double.isFinite(shown[k]) ? 0 : Math.max(0, Math.min(1, shown[k]));
            double h = Math.round(v * room);
            double barWidth = Math.max(2, Math.floor(column * 0.62));
            double barX = snapPositionX(x + (column - barWidth) / 2);
            bars.get(k).resizeRelocate(barX, snapPositionY(bottom - h), barWidth, h);
            Label value = values.get(k);
            value.setVisible(roomForValues);
            value.resizeRelocate(snapPositionX(x), snapPositionY(bottom - h - valueHeight), column, valueHeight);
            names.get(k).resizeRelocate(snapPositionX(x), snapPositionY(bottom), column, nameHeight);
        }
        baseline.resizeRelocate(in.getLeft(), snapPositionY(bottom), w, 1);
    }

    @Override
    protected double computePrefWidth(double height) {
        return getInsets().getLeft() + getInsets().getRight() + PREF_COLUMN * Math.max(1, bars.size());
    }

    @Override
    protected double computePrefHeight(double width) {
        double labels = values.isEmpty() ? 36 : values.get(0).prefHeight(-1) + names.get(0).prefHeight(-1);
        return getInsets().getTop() + getInsets().getBottom() + labels + PREF_BARS_HEIGHT;
    }

    @Override
    protected double computeMinWidth(double height) {
        return getInsets().getLeft() + getInsets().getRight() + 10 * Math.max(1, bars.size());
    }
}
