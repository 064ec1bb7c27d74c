package org.backpropstudio.app.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;

/**
 * The looks of a plot that its stylesheet sets (colours, widths, fonts), declared once each as a
 * styleable property of the plot's node under its CSS name, with one listener for a change of any
 * of them (a plot redraws). The property's name is the CSS name's: {@code -bp-tick-font} is
 * {@code tickFont}.
 *
 * <p>The plot class keeps one {@link StyleablePropertyFactory} (its CSS metadata, static) and
 * returns {@code factory.getCssMetaData()} from its {@code getClassCssMetaData()}; each plot node
 * makes one {@code Looks} and declares its properties with it, e.g.
 * {@code looks.paint("-bp-axis-color", p -> p.axisColor, Color.GRAY)}.
 *
 * @param <N> the plot's node
 */
public final class Looks<N extends Styleable> {
    private final StyleablePropertyFactory<N> factory;
    private final N node;
    private final List<Observable> declared = new ArrayList<>();

    /** Declares properties of {@code node} through its class's {@code factory}. */
    public Looks(StyleablePropertyFactory<N> factory, N node) {
        this.factory = factory;
        this.node = node;
    }

    /**
     * A colour set by {@code css}; {@code self} finds the property on a node, {@code initial} holds
     * until CSS sets it.
     */
    public StyleableProperty<Paint> paint(String css, Function<N, StyleableProperty<Paint>> self, Paint initial) {
        return declared(factory.createStyleablePaintProperty(node, name(css), css, self, initial, false));
    }

    /** A number set by {@code css} (a width, a radius, a strength). */
    public StyleableProperty<Number> number(String css, Function<N, StyleableProperty<Number>> self, double initial) {
        return declared(factory.createStyleableNumberProperty(node, name(css), css, self, initial, false));
    }

    /** A font set by {@code css}; the default font until it is. */
    public StyleableProperty<Font> font(String css, Function<N, StyleableProperty<Font>> self) {
        return declared(factory.createStyleableFontProperty(node, name(css), css, self, Font.getDefault(), false));
    }

    /** Calls {@code listener} whenever any property declared here changes. */
    public void onChange(InvalidationListener listener) {
        for (Observable p : declared) {
            p.addListener(listener);
        }
    }

    private <T> StyleableProperty<T> declared(StyleableProperty<T> property) {
        declared.add((Observable) property);
        return property;
    }

    /** "-bp-tick-font" → "tickFont". */
    static String name(String css) {
        String[] words = css.replaceFirst("^-bp-", "").split("-");
        StringBuilder out = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            out.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return out.toString();
    }
}
