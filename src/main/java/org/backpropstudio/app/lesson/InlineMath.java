package org.backpropstudio.app.lesson;

import org.backpropstudio.app.MaskView;
import org.backpropstudio.app.MathMasks;

/**
 * One typeset formula inside a line of text, coloured by its CSS background ({@code .math}) so that
 * it takes the text's colour from the theme, light or dark, and set on the line of the words around
 * it. A formula wider than its line is shrunk to fit ({@link #fitTo}).
 */
final class InlineMath extends MaskView {
    InlineMath(MathMasks.Mask rendered, String latex) {
        super(rendered);
        getStyleClass().add("math");
        setAccessibleText(latex);
    }

    /** Shrinks the formula to {@code width} if it is wider (never grows it). */
    void fitTo(double width) {
        double factor = width <= 0 ? 1 : Math.min(1, width / naturalWidth());
        if (Math.abs(factor - getFit()) > 1e-3) {
            setFit(factor);
        }
    }
}
