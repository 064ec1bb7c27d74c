package org.backpropstudio.app.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;
import org.backpropstudio.app.MathMasks;
import org.backpropstudio.lesson.CardText;

/**
 * Markdown-light text ({@link CardText}) on screen: paragraphs and bullet items that wrap to the
 * width, bold and italic runs, and LaTeX math typeset by {@link MathMasks} and set on the
 * line of the words around it (a paragraph that is one formula alone is set in display style, with
 * full-size fractions). A chain of equalities may wrap before an "=". The words show at once; each
 * formula shows its source until its typeset image arrives (a few milliseconds once JLaTeXMath is
 * warm).
 *
 * <p>Looks in CSS: style classes {@code math-text}, {@code math-paragraph}, {@code math-bullet},
 * {@code bold}, {@code italic}, {@code math} (whose {@code -fx-background-color} is the formulas'
 * colour) and {@code math-source}; the formulas' size is {@code -bp-math-size}.
 */
public final class MathText extends VBox {
    private static final StyleablePropertyFactory<MathText> CSS =
            new StyleablePropertyFactory<>(VBox.getClassCssMetaData());

    /** Between the parts of a formula cut at its "=" signs: a zero-width space, where the line may break. */
    private static final String BREAK = "\u200B";
    /** A part this short ("= ?", "= 1") stays with the part before it. */
    private static final int SHORT_PIECE = 6;
    /** Formulas of cards and hints kept for reuse (they repeat), in pixels; their margin in rendered pixels. */
    private static final long CACHE_PIXELS = 4L << 20;
    private static final int MARGIN = 1;

    private final MathMasks typesetter;
    private final ReadOnlyBooleanWrapper typesetting = new ReadOnlyBooleanWrapper(this, "typesetting");
    private final StyleableProperty<Number> mathSize =
            CSS.createStyleableNumberProperty(this, "mathSize", "-bp-math-size", m -> m.mathSize, 18, false);
    private CardText text = new CardText(List.of());
    private long generation;

    /** A typesetter for the formulas of a panel's texts: its own cache, typesetting on {@code thread} (one thread). */
    public static MathMasks typesetter(Executor thread) {
        return new MathMasks(thread, CACHE_PIXELS, MARGIN);
    }

    /** Text whose formulas {@code typesetter} typesets. */
    public MathText(MathMasks typesetter) {
        this.typesetter = typesetter;
        getStyleClass().add("math-text");
        ((javafx.beans.Observable) mathSize).addListener(o -> show());
    }

    /** Shows {@code newText}. */
    public void setText(CardText newText) {
        this.text = newText;
        show();
    }

    /** The text without markup, math as LaTeX source (also the node's accessible text). */
    public String getPlainText() {
        return text.plainText();
    }

    /** True from a change of the text until all its formulas are typeset on screen. */
    public ReadOnlyBooleanProperty typesettingProperty() {
        return typesetting.getReadOnlyProperty();
    }

    public boolean isTypesetting() {
        return typesetting.get();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }

    private void show() {
        long id = ++generation;
        setAccessibleText(text.plainText());
        List<Node> blocks = new ArrayList<>();
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        double size = mathSize.getValue().doubleValue();
        double scale = renderScale();
        for (CardText.Block block : text.blocks()) {
            TextFlow flow = new TextFlow();
            flow.getStyleClass().add("math-paragraph");
            boolean display = block.spans().size() == 1 && block.spans().get(0).math();
            for (CardText.Span span : block.spans()) {
                if (span.math()) {
                    List<String> pieces = pieces(span.text());
                    for (int p = 0; p < pieces.size(); p++) {
                        if (p > 0) {
                            Text gap = new Text(BREAK);
                            gap.getStyleClass().add("words");
                            flow.getChildren().add(gap);
                        }
                        String piece = pieces.get(p);
                        Text source = new Text(piece);
                        source.getStyleClass().add("math-source");
                        flow.getChildren().add(source);
                        pending.add(typesetter.render(piece, size, scale, display).thenAcceptAsync(rendered -> {
                            if (generation == id) {
                                int at = flow.getChildren().indexOf(source);
                                if (at >= 0) {
                                    flow.getChildren().set(at, new InlineMath(rendered, piece));
                                    requestLayout();
                                }
                            }
                        }, Platform::runLater));
                    }
                } else {
                    Text words = new Text(span.text());
                    words.getStyleClass().add("words");
                    if (span.bold()) {
                        words.getStyleClass().add("bold");
                    }
                    if (span.italic()) {
                        words.getStyleClass().add("italic");
                    }
                    flow.getChildren().add(words);
                }
            }
            if (block.bullet()) {
                Label dot = new Label("•");
                dot.getStyleClass().add("math-bullet-dot");
                HBox item = new HBox(dot, flow);
                item.getStyleClass().add("math-bullet");
                HBox.setHgrow(flow, Priority.ALWAYS);
                blocks.add(item);
            } else {
                blocks.add(flow);
            }
        }
        getChildren().setAll(blocks);
        typesetting.set(!pending.isEmpty());
        if (!pending.isEmpty()) {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).whenComplete((done, error) ->
                    Platform.runLater(() -> {
                        if (generation == id) {
                            typesetting.set(false);
                        }
                    }));
        }
    }

    /**
     * A formula cut before each "=" outside braces, {@code a = b = c} into {@code a}, {@code = b},
     * {@code = c}, so that a long chain of equalities can wrap between its parts like words.
     */
    static List<String> pieces(String latex) {
        List<String> pieces = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < latex.length(); i++) {
            char c = latex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '=' && depth == 0 && i > start && !latex.substring(start, i).isBlank()) {
                pieces.add(latex.substring(start, i).strip());
                start = i;
            }
        }
        pieces.add(latex.substring(start).strip());
        pieces.removeIf(String::isEmpty);
        for (int i = pieces.size() - 1; i > 0; i--) {
            if (pieces.get(i).length() <= SHORT_PIECE) {
                pieces.set(i - 1, pieces.get(i - 1) + " " + pieces.remove(i));
            }
        }
        return pieces;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        for (Node block : getChildren()) {
            double room = block instanceof HBox ? width - 24 : width;
            TextFlow flow = block instanceof HBox ? (TextFlow) ((HBox) block).getChildren().get(1) : (TextFlow) block;
            for (Node n : flow.getChildren()) {
                if (n instanceof InlineMath) {
                    ((InlineMath) n).fitTo(room);
                }
            }
        }
        super.layoutChildren();
    }

    /** The window's output scale, at least 2, so formulas stay sharp when projected or zoomed. */
    private double renderScale() {
        Window window = getScene() == null ? null : getScene().getWindow();
        double screen = window == null ? 1 : Math.max(window.getOutputScaleX(), window.getOutputScaleY());
        return Math.max(2, Math.ceil(screen));
    }
}
