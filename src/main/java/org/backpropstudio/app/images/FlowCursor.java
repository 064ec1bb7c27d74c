package org.backpropstudio.app.images;

import java.util.List;
import java.util.function.IntConsumer;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;

/**
 * A cursor over the items of a wrapping flow (the receptive fields, the gallery), so that the flow
 * is one stop in the Tab order and the arrow keys move within it: ← and → to the item before or
 * after, ↑ and ↓ to the nearest item in the row above or below. The item under the cursor is
 * marked {@code :cursor} while the flow has the focus.
 */
final class FlowCursor {
    static final PseudoClass CURSOR = PseudoClass.getPseudoClass("cursor");

    private final Pane flow;
    private final IntConsumer moved;
    private int index = -1;

    /** A cursor over {@code flow}'s children, telling {@code moved} of each move (with the new index). */
    FlowCursor(Pane flow, IntConsumer moved) {
        this.flow = flow;
        this.moved = moved;
        flow.focusedProperty().addListener((obs, was, now) -> {
            if (now && index < 0 && !items().isEmpty()) {
                moveTo(0);
            } else {
                mark();
            }
        });
    }

    /** The index of the item under the cursor, or −1. */
    int index() {
        return index;
    }

    /** Puts the cursor on item {@code i} (kept within the items; −1 for none). */
    void moveTo(int i) {
        int n = items().size();
        index = n == 0 ? -1 : Math.max(-1, Math.min(n - 1, i));
        mark();
        moved.accept(index);
    }

    /** Keeps the cursor within the items after they changed, without telling anyone. */
    void itemsChanged() {
        index = Math.min(index, items().size() - 1);
        mark();
    }

    /** Moves the cursor for an arrow key; true if the key was one. */
    boolean key(KeyEvent e) {
        List<Node> items = items();
        if (!e.getCode().isArrowKey() || items.isEmpty()) {
            return false;
        }
        int i = Math.max(0, index);
        switch (e.getCode()) {
            case LEFT, KP_LEFT -> i = Math.max(0, i - 1);
            case RIGHT, KP_RIGHT -> i = Math.min(items.size() - 1, i + 1);
            case UP, KP_UP -> i = nearestInRow(items, i, -1);
            default -> i = nearestInRow(items, i, 1);
        }
        moveTo(i);
        return true;
    }

    /** The item of the next row up ({@code direction} −1) or down (+1) nearest to item i's centre; i if none. */
    private static int nearestInRow(List<Node> items, int i, int direction) {
        Bounds from = items.get(i).getBoundsInParent();
        double rowY = Double.NaN;
        int best = i;
        double bestDistance = Double.MAX_VALUE;
        for (int k = i + direction; k >= 0 && k < items.size(); k += direction) {
            Bounds b = items.get(k).getBoundsInParent();
            if (Math.abs(b.getMinY() - from.getMinY()) < 1) {
                continue; // the same row
            }
            if (Double.isNaN(rowY)) {
                rowY = b.getMinY();
            } else if (Math.abs(b.getMinY() - rowY) >= 1) {
                break; // past the next row
            }
            double distance = Math.abs(b.getCenterX() - from.getCenterX());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = k;
            }
        }
        return best;
    }

    private void mark() {
        List<Node> items = items();
        for (int k = 0; k < items.size(); k++) {
            items.get(k).pseudoClassStateChanged(CURSOR, k == index && flow.isFocused());
        }
    }

    private List<Node> items() {
        return flow.getChildren();
    }
}
