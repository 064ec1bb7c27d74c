package org.backpropstudio.app;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.backpropstudio.app.boundary.DecisionBoundary;
import org.backpropstudio.app.chart.LossChart;
import org.backpropstudio.app.check.GradientCheckPanel;
import org.backpropstudio.app.editor.DataEditor;
import org.backpropstudio.app.editor.NetworkEditor;
import org.backpropstudio.app.equations.EquationPanel;
import org.backpropstudio.app.images.PicturesPanel;
import org.backpropstudio.app.lesson.LessonPanel;
import org.backpropstudio.app.quiz.QuizPanel;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.model.StudioModel;

/**
 * The side column's two tab panes: the reading panels and editors ({@code #tools}: equations,
 * lesson, quiz, network, data, gradient check) and the plots ({@code #plots}: loss, decision
 * boundary, or the pictures in its place while the session's inputs are images). The panels
 * behind a tab nobody has opened yet are made when it is first selected.
 */
final class Tabs {
    private Tabs() {
    }

    /** The reading panels and the editors, tab ids {@code #tab-equations} … {@code #tab-gradient-check}. */
    static TabPane tools(StudioModel model, EquationPanel equations, LessonPanel lesson, QuizPanel quiz) {
        TabPane tools = new TabPane(tab(Messages.get("tab.equations"), "tab-equations", equations),
                tab(Messages.get("tab.lesson"), "tab-lesson", lesson),
                tab(Messages.get("tab.quiz"), "tab-quiz", quiz),
                lazyTab(Messages.get("tab.network"), "tab-network", () -> verticalScroll(new NetworkEditor(model))),
                lazyTab(Messages.get("tab.data"), "tab-data", () -> new DataEditor(model)),
                lazyTab(Messages.get("tab.gradientCheck"), "tab-gradient-check",
                        () -> new GradientCheckPanel(model, Workers.single("gradient-check"))));
        tools.setId("tools");
        return tools;
    }

    /** The plots, tab ids {@code #tab-loss} and {@code #tab-boundary} (or {@code #tab-pictures}). */
    static TabPane plots(StudioModel model, LossChart chart) {
        Tab boundary = lazyTab(Messages.get("tab.boundary"), "tab-boundary",
                () -> new DecisionBoundary(model, Workers.single("decision-boundary")));
        TabPane plots = new TabPane(tab(Messages.get("tab.loss"), "tab-loss", chart), boundary);
        plots.setId("plots");
        followPictures(model, plots, boundary);
        return plots;
    }

    /**
     * Puts the pictures ({@code #tab-pictures}) in the place of the decision boundary while the
     * session's inputs are images ({@code dataset.image}: a boundary over 64 inputs cannot be
     * drawn), and the boundary back otherwise. The pictures draw and score the test set only while
     * they are seen: their tab selected and the plots open.
     */
    private static void followPictures(StudioModel model, TabPane plots, Tab boundary) {
        Tab pictures = tab(Messages.get("tab.pictures"), "tab-pictures", null);
        pictures.selectedProperty().addListener((obs, was, now) -> {
            if (now && pictures.getContent() == null) {
                PicturesPanel panel = new PicturesPanel(model, Workers.single("test-set"));
                panel.setOnStudy(model::study);
                ScrollPane scroll = verticalScroll(panel);
                panel.showingProperty().bind(pictures.selectedProperty().and(scroll.visibleProperty()));
                pictures.setContent(scroll);
            }
        });
        javafx.beans.InvalidationListener follow = o -> {
            Snapshot s = model.snapshotProperty().get();
            boolean images = s != null && s.session().dataset().image().isPresent();
            Tab out = images ? boundary : pictures;
            int at = plots.getTabs().indexOf(out);
            if (at >= 0) {
                boolean selected = out.isSelected();
                plots.getTabs().set(at, images ? pictures : boundary);
                if (selected) {
                    plots.getSelectionModel().select(at);
                }
            }
        };
        model.snapshotProperty().addListener(follow);
        follow.invalidated(model.snapshotProperty());
    }

    /**
     * A tab whose content is made the first time it is selected: the window shows sooner (about
     * 0.3 s of the start-up went into editors and plots behind tabs nobody had opened yet).
     */
    private static Tab lazyTab(String title, String id, Supplier<Node> content) {
        Tab tab = tab(title, id, null);
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (now && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
    }

    /** {@code content} scrolled up and down, as wide as the column: never a sideways scroll. */
    private static ScrollPane verticalScroll(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    private static Tab tab(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }
}
