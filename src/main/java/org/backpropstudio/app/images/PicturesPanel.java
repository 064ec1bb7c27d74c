package org.backpropstudio.app.images;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.backpropstudio.app.Messages;
import org.backpropstudio.app.NextFrame;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.ImageShape;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Score;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.model.Selection;
import org.backpropstudio.model.Study;
import org.backpropstudio.model.StudioModel;

/**
 * The pictures of a session whose inputs are images ({@code dataset.image}), top to bottom: the
 * current sample enlarged beside its outputs a⁽ᴸ⁾ ({@link SampleView}); the first hidden layer's
 * receptive fields ({@link ReceptiveFields}: a click selects the unit in the model); the test
 * set's confusion matrix with the test accuracy ({@link ConfusionMatrix}); and the test samples
 * the network gets wrong ({@link MistakesGallery}).
 *
 * <p>How: the panel follows the model's latest snapshot and redraws on the next frame (at most
 * once a frame, however many snapshots came), and only while {@link #showingProperty()} is true
 * (the window binds it to its tab being selected). The test set is scored on the worker handed in
 * ({@link TestSetEvaluator}: one evaluation at most in flight, only the newest waiting) whenever
 * the network differs from the one last scored; the result comes back to the FX thread.
 *
 * <p>Picking a misclassified digit calls the study callback ({@link #setOnStudy}) with its index in
 * the test set; until the window sets another, the panel itself shows that digit enlarged with
 * its outputs ({@link #study}). While the model shows a study of a test sample
 * ({@code studyShownProperty}), the sample is named as that test sample and its thumbnail marked.
 * Looks: {@code pictures.css}.
 */
public final class PicturesPanel extends VBox {
    private static final String STYLESHEET =
            Objects.requireNonNull(PicturesPanel.class.getResource("pictures.css")).toExternalForm();

    /** The least width of the receptive fields beside the matrix (six tiles), of the matrix, and the gap, px. */
    private static final double FIELDS_BESIDE = 340;
    private static final double MATRIX_LEAST = 360;
    private static final double SECTION_GAP = 24;

    private final StudioModel model;
    private final SampleView sample = new SampleView(this::stopStudying);
    private final ReceptiveFields fields = new ReceptiveFields();
    private final Label fieldsTitle = new Label(Messages.get("pictures.fields.title"));
    private final Label fieldsNote = new Label(Messages.get("pictures.fields.note"));
    private final Label testTitle = new Label();
    private final Label testNote = new Label();
    private final ConfusionMatrix matrix = new ConfusionMatrix();
    private final MistakesGallery gallery = new MistakesGallery();
    private final TestSetEvaluator evaluator;
    private final BooleanProperty showing = new SimpleBooleanProperty(this, "showing", true);
    private final NextFrame frame = new NextFrame(this::nextFrame);
    private final InvalidationListener snapshotChanged = o -> frame.request();
    private final InvalidationListener selectionChanged = o -> showSelection();
    private final InvalidationListener studyChanged = o -> frame.request();
    private IntConsumer onStudy = this::study;

    /** What is shown: the dataset, the test sample studied (−1: the current sample). */
    private Dataset dataset;
    private int studying = -1;
    /** The network and test set last sent to be scored, and the latest result that fits. */
    private Network scoredNetwork;
    private Dataset scoredTest;
    /** The snapshot last drawn; read by tests on their thread. */
    private volatile Snapshot drawn;

    /** The pictures of {@code model}'s session, scoring the test set on {@code worker} (one thread). */
    public PicturesPanel(StudioModel model, Executor worker) {
        this.model = model;
        this.evaluator = new TestSetEvaluator(worker, this::accept);
        createView();
        init();
    }

    private void createView() {
        setId("pictures-panel");
        getStyleClass().add("pictures-panel");
        getStylesheets().add(STYLESHEET);
        fieldsTitle.getStyleClass().add("pictures-heading");
        testTitle.setId("test-title");
        testTitle.getStyleClass().add("pictures-heading");
        for (Label note : new Label[] {fieldsNote, testNote}) {
            note.getStyleClass().add("pictures-note");
        }
        for (Label text : new Label[] {fieldsTitle, testTitle, fieldsNote, testNote}) {
            text.setWrapText(true);
        }
        testNote.setId("test-note");
        VBox fieldsSection = new VBox(fieldsTitle, fieldsNote, fields);
        VBox testSection = new VBox(testTitle, testNote, matrix);
        for (VBox section : new VBox[] {fieldsSection, testSection}) {
            section.getStyleClass().add("pictures-section");
        }
        sample.getStyleClass().add("pictures-section");
        gallery.getStyleClass().add("pictures-section");
        // the fields beside the matrix where the column is wide (a wide side column, a large screen)
        SideBySide middle = new SideBySide(fieldsSection, testSection, matrix, FIELDS_BESIDE, MATRIX_LEAST,
                SECTION_GAP);
        getChildren().addAll(sample, middle, gallery);
    }

    private void init() {
        model.snapshotProperty().addListener(new WeakInvalidationListener(snapshotChanged));
        model.selectionProperty().addListener(new WeakInvalidationListener(selectionChanged));
        model.studyShownProperty().addListener(new WeakInvalidationListener(studyChanged));
        showing.addListener((obs, was, now) -> frame.request());
        fields.setOnSelect(j -> model.selectionProperty().set(new Selection.Neuron(1, j)));
        gallery.setOnStudy(i -> onStudy.accept(i));
        showSelection();
        frame.request();
    }

    /** Whether the panel is seen (its tab selected): it draws and scores only then. */
    public BooleanProperty showingProperty() {
        return showing;
    }

    /**
     * What a pick of a misclassified test sample does: {@code study} is called on the FX thread with
     * the sample's index in the test set (from 0). By default {@link #study}.
     */
    public void setOnStudy(IntConsumer study) {
        this.onStudy = Objects.requireNonNull(study);
    }

    /** Shows test sample {@code testIndex} enlarged with the network's outputs for it, until {@link #stopStudying}. */
    public void study(int testIndex) {
        studying = testIndex;
        gallery.setStudied(testIndex);
        frame.request();
    }

    /** Back to the current sample of the iteration. */
    public void stopStudying() {
        studying = -1;
        gallery.setStudied(-1);
        frame.request();
    }

    // ----------------------------------------------------------------------------------------
    // For tests
    // ----------------------------------------------------------------------------------------

    /** The test-set evaluations completed so far. */
    public long evaluations() {
        return evaluator.evaluations();
    }

    /** Whether no evaluation is computing or waiting. */
    public boolean isIdle() {
        return evaluator.isIdle();
    }

    /** The snapshot the panel last drew. */
    Snapshot drawn() {
        return drawn;
    }

    SampleView sample() {
        return sample;
    }

    ReceptiveFields fields() {
        return fields;
    }

    ConfusionMatrix matrix() {
        return matrix;
    }

    MistakesGallery gallery() {
        return gallery;
    }

    // ----------------------------------------------------------------------------------------
    // Inside
    // ----------------------------------------------------------------------------------------

    private void nextFrame() {
        Snapshot s = model.snapshotProperty().get();
        if (s == null || !showing.get()) {
            return;
        }
        Dataset data = s.session().dataset();
        Optional<ImageShape> image = data.image();
        if (image.isEmpty()) {
            return;
        }
        ImageShape shape = image.get();
        Dataset test = data.test().orElse(null);
        if (data != dataset) {
            dataset = data;
            if (test == null || studying >= test.size()) {
                stopStudying();
            }
        }
        Network network = s.network();
        Study study = model.studyShownProperty().get();
        int shownTest = study == null ? -1 : study.testIndex();
        if (studying >= 0 && test != null) {
            sample.showStudied(studying, test, network, shape);
        } else {
            sample.showCurrent(s, shape, shownTest);
        }
        gallery.setStudied(studying >= 0 ? studying : shownTest);
        fields.show(s, shape);
        boolean classifier = Score.isClassifier(network, s.loss());
        showTestSection(test != null && classifier, test == null ? Messages.get("pictures.test.none")
                : Messages.get("pictures.test.notClassifier"));
        if (test != null && classifier && (test != scoredTest || !network.equals(scoredNetwork))) {
            if (test != scoredTest) {
                testTitle.setText(Messages.get("pictures.test.pending")); // not the counts of another test set
            }
            scoredNetwork = network;
            scoredTest = test;
            evaluator.submit(new TestSetScore.Job(network, s.loss(), test));
        }
        drawn = s;
    }

    /** Shows the matrix and the gallery (scoring until a result comes), or instead the sentence {@code whyNot}. */
    private void showTestSection(boolean scored, String whyNot) {
        if (scored && !matrix.isManaged() || testTitle.getText().isEmpty()) {
            testTitle.setText(Messages.get(scored ? "pictures.test.pending" : "pictures.test.title"));
        }
        matrix.setVisible(scored);
        matrix.setManaged(scored);
        gallery.setVisible(scored);
        gallery.setManaged(scored);
        if (scored) {
            testNote.setText(Messages.get("pictures.test.note"));
        } else {
            testTitle.setText(Messages.get("pictures.test.title"));
            testNote.setText(whyNot);
        }
    }

    /** On the FX thread: shows a result that fits the test set shown. */
    private void accept(TestSetScore.Result r) {
        Dataset data = dataset;
        if (data == null || data.test().orElse(null) != r.job().test() || data.image().isEmpty()) {
            return;
        }
        Score score = r.score();
        testTitle.setText(Messages.format("pictures.test.accuracy", String.format(Locale.ROOT, "%,d", score.correct()),
                String.format(Locale.ROOT, "%,d", score.count()),
                String.format(Locale.ROOT, "%.1f", 100 * score.accuracy())));
        matrix.show(score);
        gallery.show(r, r.job().test(), data.image().get());
    }

    private void showSelection() {
        Selection s = model.selectionProperty().get();
        fields.setSelected(s instanceof Selection.Neuron n && n.layer() == 1 ? n.unit() : -1);
    }
}
