package org.backpropstudio.app.equations;

import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Typesets LaTeX math with JLaTeXMath into alpha masks: glyphs opaque, background transparent, so
 * that the view can colour them from CSS ({@link TeXView}). Rendering happens on one background
 * thread of its own (JLaTeXMath takes most of a second to load its fonts the first time, then a
 * couple of milliseconds per line), at {@code scale} times the layout size so that it stays
 * crisp on a HiDPI screen.
 *
 * <p>Rendered lines are kept in a least-recently-used cache bounded by pixel count, keyed by the
 * LaTeX and the size: the symbolic lines of an equation repeat from step to step, and stepping
 * back and forth repeats whole equations.
 */
final class Typesetter {
    private static final System.Logger LOG = System.getLogger(Typesetter.class.getName());
    /** The cache holds at most this many pixels (4 bytes each). */
    private static final long CACHE_PIXELS = 8L << 20;
    /** Transparent margin around each line, in rendered pixels, so antialiased edges are not cut. */
    private static final int MARGIN = 2;
    /** The typesetting thread ends after this long without work. */
    private static final long IDLE_SECONDS = 30;

    /** One typeset line: the mask, its layout size, and where its baseline lies from its top. */
    record Line(Image mask, double width, double height, double baseline) {
    }

    /** One thread, started on demand and ended after a while idle, so a discarded panel leaves none behind. */
    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, IDLE_SECONDS, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "equation-typesetter");
                t.setDaemon(true);
                return t;
            });
    private final Map<String, Line> cache = new LinkedHashMap<>(64, 0.75f, true);
    private long cachedPixels;

    Typesetter() {
        thread.allowCoreThreadTimeOut(true);
    }

    /** Loads JLaTeXMath's fonts and tables in the background, so the first real line is quick. */
    void warmUp() {
        submit(() -> width("x", 10));
    }

    /** Runs {@code job} on the typesetting thread. */
    <T> CompletableFuture<T> submit(Supplier<T> job) {
        return CompletableFuture.supplyAsync(job, thread);
    }

    /**
     * {@code latex} typeset at {@code size} layout pixels per em, rendered at {@code scale} times
     * that. Typesetting thread only. A formula JLaTeXMath cannot parse comes back as its source
     * text, so that a bad string shows rather than vanishes.
     */
    Line line(String latex, double size, double scale) {
        String key = size + "×" + scale + ":" + latex;
        Line line = cache.get(key);
        if (line == null) {
            line = render(latex, size, scale);
            cache.put(key, line);
            cachedPixels += pixels(line);
            evict();
        }
        return line;
    }

    /** The width of {@code latex} at {@code size}, in layout pixels, without rendering it. */
    double width(String latex, double size) {
        return icon(latex, (float) size).getTrueIconWidth();
    }

    private Line render(String latex, double size, double scale) {
        TeXIcon icon = icon(latex, (float) (size * scale));
        icon.setInsets(new Insets(MARGIN, MARGIN, MARGIN, MARGIN));
        int w = Math.max(1, icon.getIconWidth());
        int h = Math.max(1, icon.getIconHeight());
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            icon.setForeground(java.awt.Color.BLACK);
            icon.paintIcon(null, g, 0, 0);
        } finally {
            g.dispose();
        }
        Image mask = SwingFXUtils.toFXImage(image, null);
        return new Line(mask, w / scale, h / scale, icon.getBaseLine() * h / scale);
    }

    private static TeXIcon icon(String latex, float size) {
        TeXFormula formula;
        try {
            formula = new TeXFormula(latex);
        } catch (ParseException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot typeset " + latex, e);
            formula = new TeXFormula();
            formula.add(new TeXFormula("\\text{" + latex.replaceAll("[\\\\{}$&#^_%~]", " ") + "}"));
        }
        return formula.createTeXIcon(TeXConstants.STYLE_DISPLAY, size);
    }

    private void evict() {
        Iterator<Line> oldest = cache.values().iterator();
        while (cachedPixels > CACHE_PIXELS && oldest.hasNext()) {
            cachedPixels -= pixels(oldest.next());
            oldest.remove();
        }
    }

    private static long pixels(Line line) {
        return (long) (line.mask().getWidth() * line.mask().getHeight());
    }
}
