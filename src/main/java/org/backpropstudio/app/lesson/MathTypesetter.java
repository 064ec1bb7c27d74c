package org.backpropstudio.app.lesson;

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
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Typesets inline LaTeX math with JLaTeXMath into alpha masks (glyphs opaque, background
 * transparent) that {@link MathText} colours from CSS, as the equation panel does. Rendering runs on
 * one background thread of its own, started on demand and ended when idle (JLaTeXMath takes most of
 * a second to load its fonts the first time, then a millisecond or two per formula), at
 * {@code scale} times the layout size so that it stays crisp on a HiDPI screen or a projector.
 * Rendered formulas are kept in a small least-recently-used cache: cards and hints repeat.
 */
public final class MathTypesetter {
    private static final System.Logger LOG = System.getLogger(MathTypesetter.class.getName());
    /** The cache holds at most this many pixels. */
    private static final long CACHE_PIXELS = 4L << 20;
    /** Transparent margin around each formula, in rendered pixels, so antialiased edges are not cut. */
    private static final int MARGIN = 1;

    /** One typeset formula: the mask, its layout size and its baseline's distance from its top. */
    public record Rendered(Image mask, double width, double height, double baseline) {
    }

    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "lesson-math-typesetter");
                t.setDaemon(true);
                return t;
            });
    private final Map<String, Rendered> cache = new LinkedHashMap<>(64, 0.75f, true);
    private long cachedPixels;

    public MathTypesetter() {
        thread.allowCoreThreadTimeOut(true);
    }

    /** Loads JLaTeXMath's fonts in the background, so that the first card typesets quickly. */
    public void warmUp() {
        render("x", 10, 1, false);
    }

    /**
     * {@code latex} typeset at {@code size} layout pixels per em, rendered at {@code scale} times
     * that, on the typesetting thread; in display style (full-size fractions) or inline (text
     * style). A formula JLaTeXMath cannot parse comes back as its source text, so that a mistake
     * shows rather than vanishes.
     */
    public CompletableFuture<Rendered> render(String latex, double size, double scale, boolean display) {
        return CompletableFuture.supplyAsync(() -> cached(latex, size, scale, display), thread);
    }

    private Rendered cached(String latex, double size, double scale, boolean display) {
        String key = size + "×" + scale + (display ? "D:" : "T:") + latex;
        Rendered r = cache.get(key);
        if (r == null) {
            r = draw(latex, size, scale, display);
            cache.put(key, r);
            cachedPixels += pixels(r);
            Iterator<Rendered> oldest = cache.values().iterator();
            while (cachedPixels > CACHE_PIXELS && oldest.hasNext()) {
                cachedPixels -= pixels(oldest.next());
                oldest.remove();
            }
        }
        return r;
    }

    private static Rendered draw(String latex, double size, double scale, boolean display) {
        TeXIcon icon = icon(latex, (float) (size * scale), display);
        icon.setInsets(new Insets(MARGIN, MARGIN, MARGIN, MARGIN));
        int w = Math.max(1, icon.getIconWidth());
        int h = Math.max(1, icon.getIconHeight());
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            icon.setForeground(java.awt.Color.BLACK);
            icon.paintIcon(null, g, 0, 0);
        } finally {
            g.dispose();
        }
        return new Rendered(SwingFXUtils.toFXImage(image, null), w / scale, h / scale, icon.getBaseLine() * h / scale);
    }

    private static TeXIcon icon(String latex, float size, boolean display) {
        TeXFormula formula;
        try {
            formula = new TeXFormula(latex);
        } catch (ParseException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot typeset " + latex, e);
            formula = new TeXFormula("\\text{" + latex.replaceAll("[\\\\{}$&#^_%~]", " ") + "}");
        }
        return formula.createTeXIcon(display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT, size);
    }

    private static long pixels(Rendered r) {
        return (long) (r.mask().getWidth() * r.mask().getHeight());
    }
}
