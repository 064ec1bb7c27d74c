package org.backpropstudio.app.equations;

import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.layout.Region;

/**
 * The typeset lines of one equation, aligned on their equals signs as a textbook sets them:
 * <pre>
 *   z₁⁽¹⁾ = w₁₁⁽¹⁾x₁ + w₁₂⁽¹⁾x₂ + b₁⁽¹⁾
 *        = 0.15·0.05 + 0.2·0.1 + 0.35
 *        = 0.3775
 * </pre>
 * The first line is typeset whole; the others begin with "=" and are indented by the width of the
 * left-hand side. Where the panel is narrower than the widest line, all lines shrink together (so
 * they stay aligned) down to {@value #MIN_FIT} of their size; narrower still, the panel scrolls.
 * The gap between lines is {@code -bp-line-gap} in CSS.
 */
final class EquationLines extends Region {
    /** The smallest factor lines shrink to before the panel scrolls sideways instead. */
    static final double MIN_FIT = 0.7;

    private static final StyleablePropertyFactory<EquationLines> STYLE =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final StyleableProperty<Number> lineGap =
            STYLE.createStyleableNumberProperty(this, "lineGap", "-bp-line-gap", c -> c.lineGap, 6, false);
    private final List<TeXView> lines;
    private final double indent;
    private double fit = 1;

    /** {@code lines}: the first line, then the continuation lines; {@code indent}: the lhs width. */
    EquationLines(List<TeXView> lines, double indent) {
        this.lines = List.copyOf(lines);
        this.indent = indent;
        getStyleClass().add("equation-lines");
        getChildren().addAll(lines);
        ((javafx.beans.Observable) lineGap).addListener(o -> requestLayout());
    }

    private double naturalWidth() {
        double w = 0;
        for (int i = 0; i < lines.size(); i++) {
            w = Math.max(w, (i == 0 ? 0 : indent) + lines.get(i).naturalWidth());
        }
        return w;
    }

    private double fitFor(double width) {
        Insets in = getInsets();
        double available = width - in.getLeft() - in.getRight();
        double natural = naturalWidth();
        if (width < 0 || natural <= 0) {
            return 1;
        }
        return Math.max(MIN_FIT, Math.min(1, available / natural));
    }

    @Override
    protected void layoutChildren() {
        double f = fitFor(getWidth());
        if (f != fit) {
            fit = f;
            lines.forEach(line -> line.setFit(f));
        }
        Insets in = getInsets();
        double y = in.getTop();
        for (int i = 0; i < lines.size(); i++) {
            TeXView line = lines.get(i);
            double x = in.getLeft() + (i == 0 ? 0 : indent * fit);
            double w = line.prefWidth(-1);
            double h = line.prefHeight(-1);
            line.resizeRelocate(snapPositionX(x), snapPositionY(y), w, h);
            y += h + gap() * fit;
        }
    }

    private double gap() {
        return lineGap.getValue().doubleValue();
    }

    /** Its height depends on its width (narrower: shrunk lines, so shorter). */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + naturalWidth() + in.getRight();
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + naturalWidth() * MIN_FIT + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double f = fitFor(width);
        double h = 0;
        for (TeXView line : lines) {
            h += line.naturalHeight() * f;
        }
        return in.getTop() + h + Math.max(0, lines.size() - 1) * gap() * f + in.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    // ----- CSS

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return STYLE.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }
}
