package org.backpropstudio.app.diagram;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
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
import org.backpropstudio.core.Snapshot;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One unit drawn as a card: a title (h₁, ŷ₁), its rows {@code z 0.3775}, {@code a 0.5933},
 * {@code δ 0.1385} (a faint {@code z —} until computed), the target y for an output, and its bias
 * {@code b 0.35} with the bias's gradient {@code ∂b …} and a padlock (shown when locked, faintly
 * on hover otherwise). An input shows one row, {@code x₁ 0.05}. Before the first micro-step of an
 * iteration, x and y show the sample it will load ({@code .upcoming}). A value that is NaN or
 * infinite is marked {@code :non-finite}, and so is the card's mark.
 *
 * <p>The card shows what {@link #show(Snapshot)} is given (the diagram hands it each snapshot);
 * which values those are is {@link DiagramValues}'s rule.
 */
final class NeuronView extends VBox {
    static final PseudoClass LOCKED = PseudoClass.getPseudoClass("locked");

    private final Role role;
    private final int layer;
    private final int unit;
    private final NumberLabel z = new NumberLabel("z", "z");
    private final NumberLabel a;
    private final NumberLabel delta = new NumberLabel("δ", "delta");
    private final NumberLabel target = new NumberLabel("y", "target");
    private final NumberLabel bias = new NumberLabel("b", "bias");
    private final NumberLabel biasGradient = new NumberLabel("∂b", "bias-gradient");
    /** The rows whose values can stop being finite. */
    private final NumberLabel[] values;
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
    /** The snapshot shown, for the tooltip; null for a probe. */
    private Snapshot shown;
    private Boolean locked;

    /** The card of unit j of layer l, whose units are {@code role}. */
    NeuronView(int layer, int unit, Role role) {
        this(layer, unit, role, true);
    }

    private NeuronView(int layer, int unit, Role role, boolean identified) {
        this.role = role;
        this.layer = layer;
        this.unit = unit;
        this.a = new NumberLabel(role == Role.INPUT ? "x" + Numbers.subscript(unit + 1) : "a", "a");
        this.values = new NumberLabel[] {z, a, delta, bias, biasGradient};
        createView(Descriptions.title(role, unit));
        if (identified) {
            identify();
            addEventHandler(MouseEvent.MOUSE_ENTERED, e -> installTooltip());
        }
    }

    /** Ids for look-ups: neuron-l-j, z-l-j, a-l-j, …. */
    private void identify() {
        setId("neuron-" + layer + "-" + unit);
        z.setId("z-" + layer + "-" + unit);
        a.setId("a-" + layer + "-" + unit);
        delta.setId("delta-" + layer + "-" + unit);
        target.setId("y-" + layer + "-" + unit);
        bias.setId("b-" + layer + "-" + unit);
        biasGradient.setId("db-" + layer + "-" + unit);
        lock.setId("lock-b-" + layer + "-" + unit);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleHelp(Messages.get(switch (role) {
            case INPUT -> "diagram.neuron.hint.input";
            case HIDDEN -> "diagram.neuron.hint.hidden";
            case OUTPUT -> "diagram.neuron.hint.output";
        }));
    }

    /** A screen reader reads the unit's values as the card shows them ({@link Descriptions#spokenUnit}). */
    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.TEXT && shown != null) {
            return Descriptions.spokenUnit(shown, layer, unit);
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }

    /** The widest value a card writes, as usual and briefly. */
    private static final String WIDEST = "−0.008888";
    private static final String WIDEST_BRIEF = "−0.88";

    /** A probe: a card of {@code role} holding the widest texts, to measure how large cards are. */
    static NeuronView probe(Role role) {
        NeuronView probe = new NeuronView(-1, 88, role, false);
        String widest = WIDEST;
        for (Label row : List.of(probe.z, probe.a, probe.delta, probe.target, probe.bias)) {
            row.setText("m " + widest);
        }
        probe.a.setText(probe.aSymbol() + " " + widest);
        probe.biasGradient.setText("∂b " + widest);
        // cards are measured without the padlock: it takes room only when locked, which is rare
        setShown(probe.lock, false);
        return probe;
    }

    private void createView(String title) {
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

    /** Shows this unit's values in {@code s}; a value that did not change costs nothing. */
    void show(Snapshot s) {
        shown = s;
        boolean changed;
        if (role == Role.INPUT) {
            changed = a.show(true, DiagramValues.input(s, unit));
            setStyleClass(a, "upcoming", !DiagramValues.loaded(s));
        } else {
            boolean gradient = DiagramValues.hasGradient(s, layer);
            changed = z.show(DiagramValues.hasZ(s, layer), s.z(layer, unit))
                    | a.show(DiagramValues.hasA(s, layer), s.a(layer, unit))
                    | delta.show(DiagramValues.hasDelta(s, layer), s.delta(layer, unit))
                    | bias.show(true, s.bias(layer, unit))
                    | biasGradient.show(gradient, gradient ? DiagramValues.biasGradient(s, layer, unit) : 0);
            showLocked(s.isBiasLocked(layer, unit));
            if (role == Role.OUTPUT) {
                changed |= target.show(true, DiagramValues.target(s, unit));
                setStyleClass(target, "upcoming", !DiagramValues.loaded(s));
            }
        }
        if (changed) {
            valuesChanged();
            notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
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

    /**
     * After a value changed: the card's mark is {@code :non-finite} while one of its values is, and
     * an open tooltip is rewritten.
     */
    private void valuesChanged() {
        if (getProperties().get(Tooltip.class) instanceof Tooltip tip && tip.isShowing()) {
            tip.setText(describe());
        }
        boolean any = false;
        for (NumberLabel row : values) {
            any |= row.isNonFinite();
        }
        mark.pseudoClassStateChanged(NumberLabel.NON_FINITE, any);
    }

    private void showLocked(boolean now) {
        if (locked != null && locked == now) {
            return;
        }
        locked = now;
        lock.pseudoClassStateChanged(LOCKED, now);
        lock.setIconLiteral(now ? "mdal-lock" : "mdal-lock_open");
        lock.setManaged(now);
    }

    /** Which rows to keep: all, the activation only, or none (a dot). */
    void setRows(Density.Rows shown) {
        boolean all = shown == Density.Rows.ALL;
        boolean values = shown == Density.Rows.VALUES;
        // the activation alone, briefly, keeps the cards of a dense network narrow
        boolean brief = shown == Density.Rows.ACTIVATION;
        if (layer == -1) {
            a.setText(aSymbol() + " " + (brief ? WIDEST_BRIEF : WIDEST));
        } else {
            a.setBrief(brief);
        }
        for (Node row : getChildren()) {
            if (row == mark) {
                continue;
            }
            boolean value = row == z || row == a || row == delta || row == target;
            setShown(row, all || values && value || row == a && shown == Density.Rows.ACTIVATION);
        }
    }

    /** x₈₈ for a probe input, a otherwise. */
    private String aSymbol() {
        return role == Role.INPUT ? "x₈₈" : "a";
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
    NumberLabel biasLabel() {
        return role == Role.INPUT ? null : bias;
    }

    /** The input's label x (null for other units). */
    NumberLabel inputLabel() {
        return role == Role.INPUT ? a : null;
    }

    /** The target's label y (null for other than output units). */
    NumberLabel targetLabel() {
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

    private void installTooltip() {
        if (shown == null || getProperties().containsKey(Tooltip.class)) {
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
        return Descriptions.unit(shown, layer, unit);
    }
}
