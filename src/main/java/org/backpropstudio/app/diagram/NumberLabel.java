package org.backpropstudio.app.diagram;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One number of the diagram: {@code symbol value} ({@code z 0.3775}), or the value alone when there
 * is no symbol (a weight's tag). While there is no value yet it shows a placeholder: faint
 * ({@code .pending}) {@code z —}, or, for a label {@link #hiddenWhilePending}, nothing at all. A value
 * that is NaN or infinite is marked {@code :non-finite} with a warning sign before it.
 *
 * <p>It remembers what it shows: showing the same value again does nothing (no text, no style
 * change), so that a snapshot that leaves a number alone costs nothing to draw.
 */
final class NumberLabel extends Label {
    static final PseudoClass NON_FINITE = PseudoClass.getPseudoClass("non-finite");

    private final String symbol;
    private final boolean hiddenWhilePending;
    /** What is shown: nothing yet, a placeholder, or {@link #value}. */
    private boolean known;
    private boolean present;
    private double value;
    /** Whether the value is written briefly ({@link Numbers#brief}). */
    private boolean brief;

    /** A label {@code symbol value} with the placeholder {@code symbol —}. */
    NumberLabel(String symbol, String... styleClasses) {
        this(symbol, false, styleClasses);
    }

    /**
     * A label {@code symbol value} (the value alone for a null symbol); while there is no value, a
     * placeholder or, if {@code hiddenWhilePending}, hidden and empty.
     */
    NumberLabel(String symbol, boolean hiddenWhilePending, String... styleClasses) {
        this.symbol = symbol;
        this.hiddenWhilePending = hiddenWhilePending;
        getStyleClass().add("value");
        getStyleClass().addAll(styleClasses);
    }

    /** Shows {@code value} if {@code present}, else the placeholder; true if that changed what it shows. */
    boolean show(boolean present, double value) {
        if (known && present == this.present && (!present || Double.compare(value, this.value) == 0)) {
            return false;
        }
        this.known = true;
        this.present = present;
        this.value = present ? value : 0;
        refresh();
        return true;
    }

    /** Writes the value briefly, to two decimals ({@link Numbers#brief}), or as usual. */
    void setBrief(boolean brief) {
        if (brief != this.brief) {
            this.brief = brief;
            if (known) {
                refresh();
            }
        }
    }

    /** Whether it shows a value that is NaN or infinite. */
    boolean isNonFinite() {
        return known && present && !Double.isFinite(value);
    }

    /** Writes {@code value} as it would be shown, without taking it (while it is dragged). */
    void preview(double value) {
        setText(text(value));
    }

    /** Writes what it shows again (after a {@link #preview}). */
    void refresh() {
        String text = !present ? (hiddenWhilePending ? "" : Numbers.labelled(symbol, null)) : text(value);
        if (!text.equals(getText())) {
            setText(text);
        }
        if (hiddenWhilePending) {
            setVisible(present);
        } else if (present == getStyleClass().contains("pending")) {
            if (present) {
                getStyleClass().remove("pending");
            } else {
                getStyleClass().add("pending");
            }
        }
        markNonFinite(isNonFinite());
    }

    private String text(double v) {
        String number = brief ? Numbers.brief(v) : Numbers.format(v);
        return symbol == null ? number : symbol + " " + number;
    }

    /** Marks the label {@code :non-finite}, with a warning sign before its text, or unmarks it. */
    private void markNonFinite(boolean nonFinite) {
        if (nonFinite == getPseudoClassStates().contains(NON_FINITE)) {
            return;
        }
        pseudoClassStateChanged(NON_FINITE, nonFinite);
        if (nonFinite) {
            FontIcon warning = new FontIcon("mdmz-warning");
            warning.getStyleClass().add("non-finite-sign");
            // Sized as the label's text, and set rather than bound: CSS may set or reset an icon's
            // size, which a bound property refuses with an error. The icon holds the listener, so
            // that it goes when the icon does.
            InvalidationListener followFont = o -> warning.setIconSize((int) Math.round(getFont().getSize()));
            warning.getProperties().put(InvalidationListener.class, followFont);
            fontProperty().addListener(new WeakInvalidationListener(followFont));
            followFont.invalidated(fontProperty());
            setGraphic(warning);
        } else {
            setGraphic(null);
        }
    }
}
