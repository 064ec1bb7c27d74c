package org.backpropstudio.app;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * A scroll pane for content that changes while the model plays (the diagram, the equations).
 * The default skin caches its viewport as a bitmap, which pays off for still content that is
 * scrolled but costs a second, offscreen drawing of everything inside whenever the content
 * changes (a profile of the playing diagram showed it in every frame). This one draws its
 * content straight onto the scene.
 */
public class LiveScrollPane extends ScrollPane {
    public LiveScrollPane() {
        getStyleClass().add("live-scroll-pane");
    }

    public LiveScrollPane(Node content) {
        this();
        setContent(content);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ScrollPaneSkin(this) {
            {
                Node viewport = getSkinnable().lookup(".viewport");
                if (viewport != null) {
                    viewport.setCache(false);
                }
            }
        };
    }
}
