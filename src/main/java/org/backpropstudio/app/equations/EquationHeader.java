package org.backpropstudio.app.equations;

import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backpropstudio.app.Messages;

/**
 * The top of the equation panel: the kicker with the button back to the current step (while an
 * element is selected), the heading, the subheading, and for a long list how many equations are
 * shown with a link to show all or the first few. Node ids {@code #equation-kicker},
 * {@code #equation-back}, {@code #equation-heading}, {@code #equation-subheading},
 * {@code #equation-count} and {@code #equation-show-all}.
 */
final class EquationHeader extends VBox {
    private final Label kicker = new Label();
    private final Label heading = new Label();
    private final Label subheading = new Label();
    private final Button back = new Button(Messages.get("equations.back"));
    private final Label count = new Label();
    private final Hyperlink showAll = new Hyperlink();

    /** A header whose back button runs {@code onBack} and whose link runs {@code onShowAll}. */
    EquationHeader(Runnable onBack, Runnable onShowAll) {
        kicker.setId("equation-kicker");
        kicker.getStyleClass().add("equation-kicker");
        heading.setId("equation-heading");
        heading.getStyleClass().add("equation-heading");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        back.setId("equation-back");
        back.getStyleClass().add("equation-back");
        back.setMinWidth(Region.USE_PREF_SIZE);
        back.setOnAction(e -> onBack.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox kickerRow = new HBox(kicker, spacer, back);
        kickerRow.getStyleClass().add("equation-kicker-row");
        subheading.setId("equation-subheading");
        subheading.getStyleClass().add("equation-subheading");
        subheading.setWrapText(true);
        subheading.setMinHeight(Region.USE_PREF_SIZE);
        count.setId("equation-count");
        count.getStyleClass().add("equation-count");
        showAll.setId("equation-show-all");
        showAll.getStyleClass().add("equation-show-all");
        showAll.setOnAction(e -> onShowAll.run());
        HBox countRow = new HBox(count, showAll);
        countRow.getStyleClass().add("equation-count-row");
        countRow.managedProperty().bind(showAll.managedProperty());
        countRow.visibleProperty().bind(showAll.visibleProperty());
        getChildren().addAll(kickerRow, heading, subheading, countRow);
        getStyleClass().add("equation-header");
    }

    /** The header of {@code sheet} (null: empty), {@code all} of its equations shown or the first few. */
    void show(EquationSheet sheet, boolean all) {
        boolean selected = sheet != null && sheet.mode() == EquationSheet.Mode.ELEMENT;
        kicker.setText(sheet == null ? "" : sheet.kicker());
        heading.setText(sheet == null ? "" : sheet.heading());
        EquationPanel.setText(subheading, sheet == null ? "" : sheet.subheading());
        back.setVisible(selected);
        back.setManaged(selected);
        boolean expandable = sheet != null && sheet.total() > SheetMaker.SHOW_ALL_UP_TO;
        showAll.setVisible(expandable);
        showAll.setManaged(expandable);
        if (expandable) {
            count.setText(count(sheet, all));
            showAll.setText(all ? Messages.format("equations.showFirst", String.valueOf(SheetMaker.COLLAPSED))
                    : Messages.format("equations.showAll", String.valueOf(sheet.total())));
        }
    }

    /**
     * The count line while a long list is typeset ("Typesetting 16 of 337"), or, once {@code done},
     * how many equations are shown.
     */
    void showProgress(int typeset, EquationSheet sheet, boolean all, boolean done) {
        if (!count.isVisible()) {
            return;
        }
        count.setText(done ? count(sheet, all)
                : Messages.format("equations.typesetting", String.valueOf(typeset),
                        String.valueOf(sheet.items().size())));
    }

    /** "The first 6 of 337 equations", "All 337 equations". */
    private static String count(EquationSheet sheet, boolean all) {
        return all ? Messages.format("equations.count.all", String.valueOf(sheet.total()))
                : Messages.format("equations.count.first", String.valueOf(sheet.items().size()),
                        String.valueOf(sheet.total()));
    }
}
