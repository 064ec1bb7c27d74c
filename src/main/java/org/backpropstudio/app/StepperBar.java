package org.backpropstudio.app;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backpropstudio.core.Phase;
import org.backpropstudio.core.Stride;
import org.backpropstudio.model.StudioModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The stepper: Reset, Step backward, Step forward, to the end of the phase, Play/Pause with its
 * speed, the stride; the breadcrumb Forward → Loss → Backward → Update; the counters.
 */
final class StepperBar extends VBox {
    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private final StudioModel model;
    private final Map<Phase, Label> crumbs = new EnumMap<>(Phase.class);

    StepperBar(StudioModel model) {
        this.model = model;
        getStyleClass().add("stepper-bar");
        createView();
    }

    private void createView() {
        Button reset = button("reset", Messages.get("stepper.reset"), "mdal-first_page",
                Messages.get("stepper.reset.tip"));
        reset.setOnAction(e -> model.reset());
        Button back = button("step-back", Messages.get("stepper.stepBack"), "mdal-chevron_left",
                Messages.get("stepper.stepBack.tip"));
        back.setOnAction(e -> model.stepBack());
        back.disableProperty().bind(model.canStepBackProperty().not());
        Button forward = button("step-forward", Messages.get("stepper.stepForward"), "mdal-chevron_right",
                Messages.get("stepper.stepForward.tip"));
        forward.getStyleClass().add("accent");
        forward.setOnAction(e -> model.strideForward());
        Button phaseEnd = button("end-of-phase", Messages.get("stepper.endOfPhase"), "mdal-last_page",
                Messages.get("stepper.endOfPhase.tip"));
        phaseEnd.setOnAction(e -> model.toEndOfPhase());
        Button play = button("play", Messages.get("stepper.play"), "mdmz-play_arrow", Messages.get("stepper.play.tip"));
        play.textProperty().bind(Bindings.when(model.playingProperty())
                .then(Messages.get("stepper.pause")).otherwise(Messages.get("stepper.play")));
        model.playingProperty().addListener((obs, was, now) ->
                ((FontIcon) play.getGraphic()).setIconLiteral(now ? "mdmz-pause" : "mdmz-play_arrow"));
        play.setOnAction(e -> model.togglePlay());

        ComboBox<Stride> stride = new ComboBox<>();
        stride.setId("stride");
        stride.getItems().setAll(Stride.values());
        stride.setConverter(Names.converter(Names::of));
        stride.valueProperty().bindBidirectional(model.strideProperty());
        stride.setTooltip(new Tooltip(Messages.get("stepper.stride.tip")));

        Slider speed = new Slider(0, 3, Math.log10(model.speedProperty().get()));
        speed.setId("speed");
        speed.getStyleClass().add("speed");
        Label speedLabel = new Label();
        speedLabel.getStyleClass().add("speed-label");
        speed.valueProperty().addListener(
                (obs, old, now) -> model.speedProperty().set(Math.pow(10, now.doubleValue())));
        speedLabel.textProperty().bind(Bindings.createStringBinding(
                () -> speedText(model.speedProperty().get()), model.speedProperty()));
        speed.setTooltip(new Tooltip(Messages.get("stepper.speed.tip")));

        Label strideLabel = new Label(Messages.get("stepper.stride"));
        strideLabel.getStyleClass().add("caption");
        Label speedCaption = new Label(Messages.get("stepper.speed"));
        speedCaption.getStyleClass().add("caption");
        HBox stepping = group(reset, back, forward, phaseEnd);
        HBox playing = group(play, speedCaption, speed, speedLabel);
        HBox striding = group(strideLabel, stride);
        FlowPane buttons = new FlowPane(stepping, playing, striding);
        buttons.getStyleClass().add("stepper-buttons");
        buttons.setAlignment(Pos.CENTER_LEFT);

        HBox breadcrumb = new HBox();
        breadcrumb.getStyleClass().add("breadcrumb");
        breadcrumb.setAlignment(Pos.CENTER_LEFT);
        for (Phase phase : Phase.values()) {
            if (!crumbs.isEmpty()) {
                Label arrow = new Label("→");
                arrow.getStyleClass().add("crumb-arrow");
                breadcrumb.getChildren().add(arrow);
            }
            Label crumb = new Label(Names.of(phase));
            crumb.setId("crumb-" + phase.name().toLowerCase(java.util.Locale.ROOT));
            crumb.getStyleClass().add("crumb");
            crumbs.put(phase, crumb);
            breadcrumb.getChildren().add(crumb);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        breadcrumb.getChildren().addAll(spacer,
                counter("iteration-counter",
                        () -> Messages.format("stepper.iteration", model.iterationProperty().get()),
                        model.iterationProperty()),
                counter("epoch-counter", () -> Messages.format("stepper.epoch", model.epochProperty().get()),
                        model.epochProperty()),
                counter("sample-counter", () -> Messages.format("stepper.sample", model.sampleProperty().get()),
                        model.sampleProperty()),
                counter("step-counter", () -> Messages.format("stepper.step", model.microStepProperty().get(),
                                model.microStepsPerIterationProperty().get()),
                        model.microStepProperty(), model.microStepsPerIterationProperty()));
        getChildren().addAll(buttons, breadcrumb);
        model.phaseProperty().addListener((obs, old, now) -> showPhase(now));
        showPhase(model.phaseProperty().get());
    }

    private void showPhase(Phase current) {
        for (Map.Entry<Phase, Label> e : crumbs.entrySet()) {
            boolean active = e.getKey() == current;
            e.getValue().pseudoClassStateChanged(ACTIVE, active);
            e.getValue().pseudoClassStateChanged(DONE, current != null && e.getKey().ordinal() < current.ordinal());
        }
    }

    private static Button button(String id, String text, String icon, String tip) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        return b;
    }

    /** A counter showing {@code text}, made again whenever one of {@code numbers} changes. */
    private static Label counter(String id, Callable<String> text, Observable... numbers) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("counter");
        label.textProperty().bind(Bindings.createStringBinding(text, numbers));
        return label;
    }

    /** Controls that belong together and wrap to the next line as one when space runs out. */
    private static HBox group(javafx.scene.Node... nodes) {
        HBox group = new HBox(nodes);
        group.getStyleClass().add("stepper-group");
        group.setAlignment(Pos.CENTER_LEFT);
        return group;
    }

    private static String speedText(double stepsPerSecond) {
        if (stepsPerSecond >= StudioModel.MAX_SPEED * 0.999) {
            return Messages.get("stepper.speed.max");
        }
        return Messages.format("stepper.speed.perSecond", stepsPerSecond < 10
                ? String.format(java.util.Locale.ROOT, "%.1f", stepsPerSecond)
                : String.valueOf(Math.round(stepsPerSecond)));
    }
}
