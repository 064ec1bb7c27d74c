package org.backpropstudio.app.check;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Whether a node is on screen: in a scene whose window is showing, with the node and every one of
 * its ancestors visible (a tab that is not selected hides its content's parent, not the content).
 * It listens to the chain of ancestors, and follows it when the node moves; when the node leaves
 * its parents, the listeners on them go too.
 */
final class Showing {
    private final Node node;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final List<Node> chain = new ArrayList<>();
    private Scene scene;
    private Window window;
    private final InvalidationListener moved = o -> follow();
    private final InvalidationListener changed = o -> update();

    Showing(Node node) {
        this.node = node;
        node.sceneProperty().addListener(moved);
        follow();
    }

    /** True while the node can be seen. */
    ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    boolean isShowing() {
        return showing.get();
    }

    /** Listens to the node's ancestors, its scene and its window as they are now. */
    private void follow() {
        for (Node n : chain) {
            n.parentProperty().removeListener(moved);
            n.visibleProperty().removeListener(changed);
        }
        chain.clear();
        if (scene != null) {
            scene.windowProperty().removeListener(moved);
        }
        if (window != null) {
            window.showingProperty().removeListener(changed);
        }
        for (Node n = node; n != null; n = n.getParent()) {
            chain.add(n);
            n.parentProperty().addListener(moved);
            n.visibleProperty().addListener(changed);
        }
        scene = node.getScene();
        window = scene == null ? null : scene.getWindow();
        if (scene != null) {
            scene.windowProperty().addListener(moved);
        }
        if (window != null) {
            window.showingProperty().addListener(changed);
        }
        update();
    }

    private void update() {
        boolean visible = window != null && window.isShowing();
        for (Node n : chain) {
            visible &= n.isVisible();
        }
        showing.set(visible);
    }
}
