package org.backpropstudio.app.diagram;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.backpropstudio.app.Messages;
import org.backpropstudio.model.NeuronModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One unit drawn as a card: a title (h₁, ŷ₁), its rows {@code z 0.3775}, {@code a 0.5933},
 * {@code δ 0.1385} (a faint {@code z —} until computed), the target y for an output, and its bias
 * {@code b 0.35} with the bias's gradient {@code ∂b …} and a padlock (shown when locked, faintly
 * on hover otherwise). An input shows one row, {@code x₁ 0.05}. Before the first micro-step of an
 * iteration, x and y show the sample it will load ({@code .upcoming}). A value that is NaN or
 * infinite is marked {@code :non-finite}, and so is the card's mark. The card follows its
 * {@link NeuronModel}; {@link #dispose()} stops that.
 */
final class NeuronView extends VBox {
    static final PseudoClass NON_FINITE = PseudoClass.getPseudoClass("non-finite");
    static final PseudoClass LOCKED = PseudoClass.getPseudoClass("locked");

    /** Where the unit sits in the network. */
    enum Role { INPUT, HIDDEN, OUTPUT }

    private final Role role;
    private final int layer;
    private final int unit;
    private final NeuronModel neuron;
    private final String title;
    private final Label z = valueLabel("z");
    private final Label a = valueLabel("a");
    private final Label delta = valueLabel("delta");
    private final Label target = valueLabel("target");
    private final Label bias = valueLabel("bias");
    private final Label biasGradient = valueLabel("bias-gradient");
    private final Label heading = new Label();
    private final Region rule = new Region();
    private final FontIcon lock = new FontIcon("mdal-lock");
    /**
     * The bias and its padlock. A locked bias's padlock takes its place in the row; an unlocked
     * one's floats over the row's right end (seen on hover only), so that it never squeezes b.
     */
    private final HBox biasRow = new HBox(bias, lock) {
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (!lock.isManaged()) {
                Bounds b = lock.getLayoutBounds();
                Insets in = getInsets();
                lock.relocate(getWidth() - in.getRight() - b.getWidth(),
                        in.getTop() + (getHeight() - in.getTop() - in.getBottom() - b.getHeight()) / 2);
            }
        }
    };
    /** Drawn over the card: carries its marks, so that marking restyles one node, not the card's twenty. */
    private final Region mark = new Region();
    private final List<Runnable> unbinders = new ArrayList<>();
    private Double targetValue;
    private boolean targetUpcoming;
    private Double upcomingInput;
    private Density.Rows rows = Density.Rows.ALL;

    /** A card that follows {@code neuron}, unit j of layer l. */
    NeuronView(NeuronModel neuron, Role role) {
        this.neuron = neuron;
        this.role = role;
        this.layer = neuron.layer();
        this.unit = neuron.unit();
        this.title = titleOf(role, unit);
        createView();
        setId("neuron-" + layer + "-" + unit);
        z.setId("z-" + layer + "-" + unit);
        a.setId("a-" + layer + "-" + unit);
        delta.setId("delta-" + layer + "-" + unit);
        target.setId("y-" + layer + "-" + unit);
        bias.setId("b-" + layer + "-" + unit);
        biasGradient.setId("db-" + layer + "-" + unit);
        lock.setId("lock-b-" + layer + "-" + unit);
        init();
    }

    /** A probe: a card of {@code role} holding the widest texts, to measure how large cards are. */
    NeuronView(Role role) {
        this.neuron = null;
        this.role = role;
        this.layer = -1;
        this.unit = 0;
        this.title = titleOf(role, 88);
        createView();
        String widest = "−0.008888";
        for (Label row : List.of(z, a, delta, target, bias)) {
            row.setText("m " + widest);
        }
        a.setText(role == Role.INPUT ? "x₈₈ " + widest : "a " + widest);
        biasGradient.setText("∂b " + widest);
        // cards are measured without the padlock: it takes room only when locked, which is rare
        setShown(lock, false);
    }

    private void createView() {
        getStyleClass().addAll("neuron", role.name().toLowerCase(java.util.Locale.ROOT));
        heading.setText(title);
        heading.getStyleClass().add("title");
        rule.getStyleClass().add("rule");
        lock.getStyleClass().add("lock");
        lock.setPickOnBounds(true);
        biasRow.getStyleClass().add("bias-row");
        biasRow.setAlignment(Pos.CENTER_LEFT);
        bias.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bias, Priority.ALWAYS);
        setAlignment(Pos.TOP_LEFT);
        switch (role) {
            case INPUT -> getChildren().add(a);
            case HIDDEN -> getChildren().addAll(heading, z, a, delta, rule, biasRow, biasGradient);
            case OUTPUT -> getChildren().addAll(heading, z, a, delta, target, rule, biasRow, biasGradient);
        }
        for (Node child : getChildren()) {
            if (child instanceof Region r) {
                r.setMaxWidth(Double.MAX_VALUE);
            }
        }
        mark.getStyleClass().add("mark");
        mark.setManaged(false);
        mark.setMouseTransparent(true);
        getChildren().add(mark);
    }

    private void init() {
        if (role == Role.INPUT) {
            ChangeListener<Double> onX = (obs, old, now) -> showInput();
            neuron.aProperty().addListener(onX);
            unbinders.add(() -> neuron.aProperty().removeListener(onX));
            showInput();
        } else {
            follow(neuron.zProperty(), z, "z");
            follow(neuron.aProperty(), a, "a");
            follow(neuron.deltaProperty(), delta, "δ");
            follow(neuron.biasProperty(), bias, "b");
            follow(neuron.biasGradientProperty(), biasGradient, "∂b");
            ChangeListener<Boolean> locked = (obs, old, now) -> showLocked(now);
            neuron.biasLockedProperty().addListener(locked);
            unbinders.add(() -> neuron.biasLockedProperty().removeListener(locked));
            showLocked(neuron.biasLockedProperty().get());
        }
        setTarget(null, false);
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> installTooltip());
    }

    /** Shows {@code property} in {@code label} as {@code symbol value}, now and whenever it changes. */
    private void follow(ReadOnlyObjectProperty<Double> property, Label label, String symbol) {
        ChangeListener<Double> listener = (obs, old, now) -> {
            show(label, symbol, now);
            valuesChanged();
        };
        property.addListener(listener);
        unbinders.add(() -> property.removeListener(listener));
        show(label, symbol, property.get());
        valuesChanged();
    }

    /**
     * Writes {@code symbol value} into {@code label}, faint ({@code .pending}) while the value is
     * null, marked {@code :non-finite} with a warning sign while it is NaN or infinite.
     */
    static void show(Label label, String symbol, Double value) {
        label.setText(Numbers.labelled(symbol, value));
        setStyleClass(label, "pending", value == null);
        markNonFinite(label, value != null && !Double.isFinite(value));
    }

    /** Marks {@code label} {@code :non-finite}, with a warning sign before its text, or unmarks it. */
    static void markNonFinite(Label label, boolean nonFinite) {
        if (nonFinite == label.getPseudoClassStates().contains(NON_FINITE)) {
            return;
        }
        label.pseudoClassStateChanged(NON_FINITE, nonFinite);
        if (nonFinite) {
            FontIcon warning = new FontIcon("mdmz-warning");
            warning.getStyleClass().add("non-finite-sign");
            // Sized as the label's text, and set rather than bound: CSS may set or reset an icon's
            // size, which a bound property refuses with an error. The icon holds the listener, so
            // that it goes when the icon does.
            javafx.beans.InvalidationListener followFont =
                    o -> warning.setIconSize((int) Math.round(label.getFont().getSize()));
            warning.getProperties().put(javafx.beans.InvalidationListener.class, followFont);
            label.fontProperty().addListener(new javafx.beans.WeakInvalidationListener(followFont));
            followFont.invalidated(label.fontProperty());
            label.setGraphic(warning);
        } else {
            label.setGraphic(null);
        }
    }

    private static void setStyleClass(Node node, String styleClass, boolean on) {
        if (on != node.getStyleClass().contains(styleClass)) {
            if (on) {
                node.getStyleClass().add(styleClass);
            } else {
                node.getStyleClass().remove(styleClass);
            }
        }
    }

    /** After a value changed: the card's mark is {@code :non-finite} while one of its values is, and an open tooltip is rewritten. */
    private void valuesChanged() {
        if (getProperties().get(Tooltip.class) instanceof Tooltip tip && tip.isShowing()) {
            tip.setText(describe());
        }
        boolean any = false;
        for (Label row : List.of(z, a, delta, bias, biasGradient)) {
            any |= row.getPseudoClassStates().contains(NON_FINITE);
        }
        mark.pseudoClassStateChanged(NON_FINITE, any);
    }

    /**
     * The current sample's target yⱼ of an output, null while there is none; {@code upcoming}
     * when it is the sample the iteration will load first (nothing computed yet).
     */
    void setTarget(Double y, boolean upcoming) {
        targetValue = y;
        targetUpcoming = upcoming;
        showTarget();
    }

    /** Shows the target as the model has it (after a drag previewed another value). */
    void showTarget() {
        if (role == Role.OUTPUT && neuron != null) {
            show(target, "y", targetValue);
            setStyleClass(target, "upcoming", targetUpcoming && targetValue != null);
            valuesChanged();
        }
    }

    /**
     * For an input: the xⱼ the iteration will load first, shown (faint) while nothing is computed
     * yet; null for none.
     */
    void setUpcomingInput(Double x) {
        upcomingInput = x;
        showInput();
    }

    /** Shows the input as the model has it: the loaded x, else the upcoming one, else a placeholder. */
    void showInput() {
        if (role != Role.INPUT || neuron == null) {
            return;
        }
        Double loaded = neuron.aProperty().get();
        Double shown = loaded != null ? loaded : upcomingInput;
        show(a, inputSymbol(), shown);
        setStyleClass(a, "upcoming", loaded == null && shown != null);
        valuesChanged();
    }

    /** Shows the bias as the model has it (after a drag previewed another value). */
    void showBias() {
        if (neuron != null && role != Role.INPUT) {
            show(bias, "b", neuron.biasProperty().get());
            valuesChanged();
        }
    }

    private void showLocked(boolean locked) {
        lock.pseudoClassStateChanged(LOCKED, locked);
        lock.setIconLiteral(locked ? "mdal-lock" : "mdal-lock_open");
        lock.setManaged(locked);
    }

    private String inputSymbol() {
        return "x" + Numbers.subscript(unit + 1);
    }

    /** Which rows to keep: all, the activation only, or none (a dot). */
    void setRows(Density.Rows shown) {
        rows = shown;
        boolean all = shown == Density.Rows.ALL;
        boolean values = shown == Density.Rows.VALUES;
        for (Node row : getChildren()) {
            if (row == mark) {
                continue;
            }
            boolean value = row == z || row == a || row == delta || row == target;
            setShown(row, all || values && value || row == a && shown == Density.Rows.ACTIVATION);
        }
    }

    private static void setShown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** The label of z, a (x for inputs), δ, y, b or ∂b, for marking; null if this card has none. */
    Label label(Marks.Part part) {
        if (role == Role.INPUT) {
            return part == Marks.Part.A ? a : null;
        }
        return switch (part) {
            case Z -> z;
            case A -> a;
            case DELTA -> delta;
            case TARGET -> role == Role.OUTPUT ? target : null;
            case BIAS -> bias;
            case BIAS_GRADIENT -> biasGradient;
            default -> null;
        };
    }

    /** The bias's label b (null for an input). */
    Label biasLabel() {
        return role == Role.INPUT ? null : bias;
    }

    /** The input's label x (null for other units). */
    Label inputLabel() {
        return role == Role.INPUT ? a : null;
    }

    /** The target's label y (null for other than output units). */
    Label targetLabel() {
        return role == Role.OUTPUT ? target : null;
    }

    /** The bias's padlock (null for an input). */
    FontIcon lockIcon() {
        return role == Role.INPUT ? null : lock;
    }

    /** The node that shows the card's marks ({@code :computed-now}, {@code :read}). */
    Region mark() {
        return mark;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        mark.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    int layer() {
        return layer;
    }

    int unit() {
        return unit;
    }

    Role role() {
        return role;
    }

    /** Stops following the model. */
    void dispose() {
        unbinders.forEach(Runnable::run);
        unbinders.clear();
    }

    private void installTooltip() {
        if (neuron == null || getProperties().containsKey(Tooltip.class)) {
            return;
        }
        Tooltip tip = new Tooltip();
        tip.getStyleClass().add("diagram-tooltip");
        tip.setShowDelay(Duration.millis(250));
        tip.setOnShowing(e -> tip.setText(describe()));
        getProperties().put(Tooltip.class, tip);
        Tooltip.install(this, tip);
    }

    /** The full values, for the tooltip. */
    String describe() {
        String where = switch (role) {
            case INPUT -> Messages.format("diagram.neuron.input", String.valueOf(unit + 1));
            case HIDDEN -> Messages.format("diagram.neuron.hidden", String.valueOf(layer), String.valueOf(unit + 1));
            case OUTPUT -> Messages.format("diagram.neuron.output", String.valueOf(unit + 1));
        };
        StringBuilder text = new StringBuilder(where).append("  (").append(title).append(')');
        if (role == Role.INPUT) {
            Double loaded = neuron.aProperty().get();
            line(text, inputSymbol(), loaded != null ? loaded : upcomingInput);
            if (loaded == null && upcomingInput != null) {
                text.append("  (").append(Messages.get("diagram.neuron.loadedByFirstStep")).append(')');
            }
            return text.append('\n').append(Messages.get("diagram.neuron.hint.input")).toString();
        }
        String l = Numbers.layerSuperscript(layer);
        String j = Numbers.subscript(unit + 1);
        line(text, "z" + l + j, neuron.zProperty().get());
        line(text, "a" + l + j, neuron.aProperty().get());
        line(text, "δ" + l + j, neuron.deltaProperty().get());
        if (role == Role.OUTPUT) {
            line(text, "y" + j, targetValue);
        }
        line(text, "b" + l + j, neuron.biasProperty().get());
        line(text, "∂J/∂b" + l + j, neuron.biasGradientProperty().get());
        if (neuron.biasLockedProperty().get()) {
            text.append('\n').append(Messages.get("diagram.neuron.biasLocked"));
        }
        return text.append('\n')
                .append(Messages.get(role == Role.OUTPUT ? "diagram.neuron.hint.output" : "diagram.neuron.hint.hidden"))
                .toString();
    }

    private static void line(StringBuilder text, String symbol, Double value) {
        text.append('\n').append(symbol).append(" = ")
                .append(value == null ? Messages.get("diagram.notComputedYet") : Numbers.format(value, Numbers.FULL_DIGITS));
    }

    private static String titleOf(Role role, int unit) {
        String j = Numbers.subscript(unit + 1);
        return switch (role) {
            case INPUT -> "x" + j;
            case HIDDEN -> "h" + j;
            case OUTPUT -> "ŷ" + j;
        };
    }

    private static Label valueLabel(String kind) {
        Label label = new Label();
        label.getStyleClass().addAll("value", kind);
        return label;
    }
}
