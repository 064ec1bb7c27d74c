package org.backpropstudio.app.diagram;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.backpropstudio.model.Selection;
import org.backpropstudio.model.StudioModel;

/**
 * The diagram by keyboard: Tab reaches every unit card and weight tag; on a card, Up and Down move
 * to the unit above or below, Right to the next layer, Left into the unit's incoming weights; on a
 * weight, Up and Down move through the weights into the same unit, Left to the unit it comes from,
 * Right back to the unit it goes into; Enter opens the editor of the focused number (a unit's bias,
 * an input's x, a weight) and selects it, Escape closes the editor. A focused element shows a ring
 * ({@code :focused} in {@code diagram.css}) and keeps the arrow keys and Enter from the window's
 * shortcuts ({@link #NAVIGABLE}). Where the inputs are a picture ({@link PictureCard}), the picture
 * takes the input cards' place: → from it goes to the first hidden unit, ← from a unit of layer 1
 * back to it.
 */
public final class DiagramKeys {
    /** The style class of a node (a diagram element, the loss chart) keeping the arrows and Enter while focused. */
    public static final String NAVIGABLE = "navigable";

    private final NetworkNodes nodes;
    private final StudioModel model;
    private final EditGestures gestures;

    private DiagramKeys(NetworkNodes nodes, StudioModel model, EditGestures gestures) {
        this.nodes = nodes;
        this.model = model;
        this.gestures = gestures;
    }

    /** Makes the cards and weight tags of {@code nodes} reachable and movable by keyboard. */
    static void install(NetworkNodes nodes, StudioModel model, EditGestures gestures) {
        DiagramKeys keys = new DiagramKeys(nodes, model, gestures);
        for (int l = 0; l <= nodes.layers(); l++) {
            for (NeuronView card : nodes.cards(l)) {
                navigable(card);
                card.addEventHandler(KeyEvent.KEY_PRESSED, e -> keys.onCard(card, e));
            }
        }
        PictureCard picture = nodes.picture();
        if (picture != null) {
            navigable(picture);
            picture.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.RIGHT) {
                    focus(nodes.card(1, 0));
                    e.consume();
                } else if (keeps(e.getCode())) {
                    e.consume(); // nothing else to move to, nothing to edit
                }
            });
        }
        for (int l = 1; l <= nodes.layers(); l++) {
            for (EdgeView edge : nodes.edges(l)) {
                navigable(edge.tag());
                edge.tag().addEventHandler(KeyEvent.KEY_PRESSED, e -> keys.onWeight(edge, e));
            }
        }
    }

    private static void navigable(Node node) {
        node.setFocusTraversable(true);
        node.getStyleClass().add(NAVIGABLE);
    }

    private void onCard(NeuronView card, KeyEvent e) {
        int l = card.layer();
        int j = card.unit();
        switch (e.getCode()) {
            case UP -> focus(nodes.card(l, j - 1));
            case DOWN -> focus(nodes.card(l, j + 1));
            case RIGHT -> focus(nodes.card(l + 1, Math.min(j, nodes.units(l + 1) - 1)));
            case LEFT -> {
                if (l == 1 && nodes.picture() != null) {
                    focus(nodes.picture());
                } else {
                    focusTag(l > 0 ? nodes.edge(l, j, 0) : null);
                }
            }
            case ENTER -> edit(card);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void onWeight(EdgeView edge, KeyEvent e) {
        int l = edge.layer();
        int j = edge.to();
        int k = edge.from();
        switch (e.getCode()) {
            case UP -> focusTag(nodes.edge(l, j, k - 1));
            case DOWN -> focusTag(nodes.edge(l, j, k + 1));
            case LEFT -> focus(nodes.card(l - 1, k));
            case RIGHT -> focus(nodes.card(l, j));
            case ENTER -> {
                Editable weight = new Editable.Weight(l, j, k);
                gestures.open(weight, edge.weightLabel(),
                        () -> model.selectionProperty().set(new Selection.Weight(l, j, k)));
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Opens the editor of the card's own number: an input's x, else the unit's bias. */
    private void edit(NeuronView card) {
        int l = card.layer();
        int j = card.unit();
        Runnable select = () -> model.selectionProperty().set(new Selection.Neuron(l, j));
        if (card.inputLabel() != null) {
            NetworkNodes.currentSample(model)
                    .ifPresent(sample -> gestures.open(new Editable.Input(sample, j), card.inputLabel(), select));
        } else if (card.biasLabel() != null) {
            gestures.open(new Editable.Bias(l, j), card.biasLabel(), select);
        }
    }

    /** Focuses the tag of {@code edge}, shown first if the layout dropped it. */
    private void focusTag(EdgeView edge) {
        if (edge != null) {
            nodes.reveal(edge);
            edge.tag().requestFocus();
        }
    }

    private static void focus(Node node) {
        if (node != null) {
            node.requestFocus();
        }
    }

    /** Whether {@code key} is one a focused diagram element keeps from the window's shortcuts. */
    public static boolean keeps(KeyCode key) {
        return key.isArrowKey() || key == KeyCode.ENTER;
    }
}
