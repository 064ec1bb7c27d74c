package org.backpropstudio.app;

import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * LaTeX math typeset by JLaTeXMath into alpha masks: glyphs opaque, background transparent, so that
 * a view colours them from CSS (the equation panel's lines, the formulas of lessons and quizzes).
 * Typesetting runs on the one background thread handed in (the window makes it with
 * {@link Workers#single}, which ends it when idle, so that a discarded panel leaves none behind;
 * a test hands in its own): JLaTeXMath takes most of a second to load its fonts the first time,
 * then a millisecond or two per formula. A mask is rendered at
 * {@code scale} times its layout size so that it stays crisp on a HiDPI screen or a projector.
 *
 * <p>Masks are kept in a least-recently-used cache bounded by pixel count, keyed by the LaTeX, the
 * size, the scale and the style: the symbolic lines of an equation repeat from step to step, and
 * cards and hints repeat.
 */
public final class MathMasks {
    private static final System.Logger LOG = System.getLogger(MathMasks.class.getName());

    /** One typeset formula: the mask, its layout size, and where its baseline lies from its top. */
    public record Mask(Image image, double width, double height, double baseline) {
    }

    private final long cachePixels;
    private final int margin;
    private final Executor thread;
    private final Map<String, Mask> cache = new LinkedHashMap<>(64, 0.75f, true);
    private long cachedPixels;

    /**
     * Masks typeset on {@code thread} (one thread: the cache is not shared between threads), cached
     * up to {@code cachePixels} pixels (4 bytes each), with a transparent margin of {@code margin}
     * rendered pixels so that antialiased edges are not cut.
     */
    public MathMasks(Executor thread, long cachePixels, int margin) {
        this.cachePixels = cachePixels;
        this.margin = margin;
        this.thread = thread;
    }


    /** Loads JLaTeXMath's fonts and tables in the background, so that the first real formula is quick. */
    public void warmUp() {
        submit(() -> width("x", 10));
    }

    /** Runs {@code job} on the typesetting thread. */
    public <T> CompletableFuture<T> submit(Supplier<T> job) {
        return CompletableFuture.supplyAsync(job, thread);
    }

    /** {@link #mask} on the typesetting thread. */
    public CompletableFuture<Mask> render(String latex, double size, double scale, boolean display) {
        return submit(() -> mask(latex, size, scale, display));
    }

    /**
     * {@code latex} typeset at {@code size} layout pixels per em, rendered at {@code scale} times
     * that, in display style (full-size fractions) or inline (text style). Typesetting thread only.
     * A formula JLaTeXMath cannot parse comes back as its source text, so that a mistake shows
     * rather than vanishes.
     */
    public Mask mask(String latex, double size, double scale, boolean display) {
        String key = size + "×" + scale + (display ? "D:" : "T:") + latex;
        Mask mask = cache.get(key);
        if (mask == null) {
            mask = draw(latex, size, scale, display);
            cache.put(key, mask);
            cachedPixels += pixels(mask);
            Iterator<Mask> oldest = cache.values().iterator();
            while (cachedPixels > cachePixels && oldest.hasNext()) {
                cachedPixels -= pixels(oldest.next());
                oldest.remove();
            }
        }
        return mask;
    }

    /** The width of {@code latex} in display style at {@code size}, in layout pixels, without rendering it. */
    public double width(String latex, double size) {
        return icon(latex, (float) size, true).getTrueIconWidth();
    }

    private Mask draw(String latex, double size, double scale, boolean display) {
        TeXIcon icon = icon(latex, (float) (size * scale), display);
        icon.setInsets(new Insets(margin, margin, margin, margin));
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
        return new Mask(SwingFXUtils.toFXImage(image, null), w / scale, h / scale, icon.getBaseLine() * h / scale);
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

    private static long pixels(Mask mask) {
        return (long) (mask.image().getWidth() * mask.image().getHeight());
    }
}
