package org.backpropstudio.app.plot;

import javafx.scene.canvas.Canvas;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** What the plots' canvases share: sharp one-pixel lines, text measured in a font, a canvas cleared. */
public final class Canvases {
    private Canvases() {
    }

    /** The centre of the pixel at {@code v}, so that one-pixel lines stay sharp. */
    public static double crisp(double v) {
        return Math.floor(v) + 0.5;
    }

    /** The width of {@code text} in {@code font}. */
    public static double width(String text, Font font) {
        return measured(text, font).getLayoutBounds().getWidth();
    }

    /** The height of a line of {@code text} in {@code font}. */
    public static double height(String text, Font font) {
        return measured(text, font).getLayoutBounds().getHeight();
    }

    private static Text measured(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t;
    }

    /** Makes all of {@code canvas} transparent. */
    public static void clear(Canvas canvas) {
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
    }
}
