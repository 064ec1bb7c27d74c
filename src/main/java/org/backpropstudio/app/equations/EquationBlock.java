package org.backpropstudio.app.equations;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One equation on the panel ({@code #equation-N}): an optional caption, the typeset lines, the
 * sentence saying what it means, and the whole equation as one line of Unicode text in a hidden
 * label ({@code #equation-text-N}) for tests, and as the block's accessible text for screen readers.
 *
 * <p>The words change at once with the state ({@link #setItem}); the typeset lines follow when the
 * typesetting thread has them ({@link #setLines}), the previous ones staying until then, so that
 * nothing blinks.
 */
final class EquationBlock extends VBox {
    /** The caption and the meaning, made when first needed: most equations of a long list have neither. */
    private Label caption;
    private Label meaning;
    private final Label text = new Label();
    private EquationLines lines = new EquationLines(List.of(), 0);

    EquationBlock(int index) {
        setId("equation-" + index);
        getStyleClass().add("equation-block");
        setAccessibleRole(AccessibleRole.TEXT);
        text.setId("equation-text-" + index);
        text.getStyleClass().add("equation-text");
        text.setVisible(false);
        text.setManaged(false);
        getChildren().addAll(lines, text);
    }

    /** Shows the words of {@code item}. */
    void setItem(EquationSheet.Item item) {
        if (caption != null || !item.caption().isEmpty()) {
            if (caption == null) {
                caption = label("equation-caption");
                getChildren().add(0, caption);
            }
            show(caption, item.caption());
        }
        if (meaning != null || !item.meaning().isEmpty()) {
            if (meaning == null) {
                meaning = label("equation-meaning");
                meaning.setMinHeight(Region.USE_PREF_SIZE);
                getChildren().add(getChildren().indexOf(lines) + 1, meaning);
            }
            show(meaning, item.meaning());
        }
        text.setText(item.text());
        setAccessibleText(item.text() + (item.meaning().isEmpty() ? "" : ". " + item.meaning()));
    }

    /** Shows the typeset lines {@code typeset}, the result in its own colour. */
    void setLines(EquationSheet.Lines typeset) {
        List<TeXView> views = new ArrayList<>();
        for (int n = 0; n < typeset.lines().size(); n++) {
            TeXView line = new TeXView(typeset.lines().get(n));
            if (typeset.result() && n == typeset.lines().size() - 1) {
                line.getStyleClass().add("result");
            }
            views.add(line);
        }
        EquationLines fresh = new EquationLines(views, typeset.indent());
        getChildren().set(getChildren().indexOf(lines), fresh);
        lines = fresh;
    }

    // ----- Layout: a long list relays out every block whenever one changes, so each block keeps
    // its height for the width it was last asked about until something inside it changes.

    private double measuredWidth = Double.NaN;
    private double measuredHeight;

    @Override
    protected double computePrefHeight(double width) {
        if (width != measuredWidth) {
            measuredHeight = super.computePrefHeight(width);
            measuredWidth = width;
        }
        return measuredHeight;
    }

    @Override
    public void requestLayout() {
        measuredWidth = Double.NaN;
        super.requestLayout();
    }

    private static Label label(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }

    private static void show(Label label, String s) {
        label.setText(s);
        label.setVisible(!s.isEmpty());
        label.setManaged(!s.isEmpty());
    }
}
