package org.backpropstudio.app.present;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pairs of colours one theme must keep apart, built from what the stylesheets declare: a
 * foreground and the layers beneath it (the first at the bottom, opaque), both read from a rule's
 * property with {@link #css} and resolved on a node of the window ({@link ThemeColours#colour}).
 */
final class Pairs {
    /** WCAG 1.4.3, text (AA): 4.5:1. */
    static final double TEXT = 4.5;
    /** WCAG 1.4.11, graphics and the parts of controls: 3:1. */
    static final double GRAPHIC = 3.0;
    private static final Pattern SHADOW_COLOUR = Pattern.compile("dropshadow\\(\\s*[a-z-]+\\s*,\\s*([^,]+),");

    /**
     * One pair, named for a failure message.
     *
     * @param name what is drawn on what
     * @param minimum the ratio it needs
     * @param fg the foreground, opaque or with alpha
     * @param bg the opaque background
     */
    record Pair(String name, double minimum, Rgba fg, Rgba bg) {
        double ratio() {
            return Rgba.contrast(fg, bg);
        }
    }

    final ThemeColours colours;
    private final List<Pair> pairs = new ArrayList<>();
    private String node = "";

    Pairs(ThemeColours colours) {
        this.colours = colours;
    }

    List<Pair> all() {
        return pairs;
    }

    /** Later colours are resolved on {@code path}, below the root (as ".network-diagram .neuron"). */
    Pairs on(String path) {
        node = path;
        return this;
    }

    /** What the rule written {@code selector} in {@code sheet} declares for {@code property}. */
    String css(String sheet, String selector, String property) {
        return colours.declared(sheet, selector, property);
    }

    /** Layer {@code index} of a list of layers (as the ring of "-bp-selected, -bp-card"). */
    static String layer(String value, int index) {
        return value.split(",(?![^(]*\\))")[index].trim();
    }

    /** The colour of a {@code dropshadow(…)} effect. */
    static String shadowColour(String effect) {
        Matcher m = SHADOW_COLOUR.matcher(effect);
        if (!m.find()) {
            throw new IllegalArgumentException("not a dropshadow: " + effect);
        }
        return m.group(1).trim();
    }

    /** Text {@code fg} on the layers {@code beneath}: at least 4.5:1. */
    Pairs text(String name, String fg, String... beneath) {
        return add(name, TEXT, resolve(fg), beneath);
    }

    /** A graphic {@code fg} (a line, a border, a ring, a mark) on the layers {@code beneath}: at least 3:1. */
    Pairs graphic(String name, String fg, String... beneath) {
        return add(name, GRAPHIC, resolve(fg), beneath);
    }

    /** Text drawn at {@code opacity}, as the rows of a stale table. */
    Pairs fadedText(String name, String fg, double opacity, String... beneath) {
        return add(name, TEXT, resolve(fg).faded(opacity), beneath);
    }

    /** A graphic drawn at {@code opacity}, as a layer of faded edges. */
    Pairs fadedGraphic(String name, String fg, double opacity, String... beneath) {
        return add(name, GRAPHIC, resolve(fg).faded(opacity), beneath);
    }

    /**
     * A filled mark with an outline (a data point, a legend swatch): it stands out if its fill or
     * its outline does, so the pair counts the better of the two.
     */
    Pairs outlined(String name, String fill, String outline, String... beneath) {
        Rgba bg = background(beneath);
        Rgba f = resolve(fill);
        Rgba o = resolve(outline);
        return add(name, GRAPHIC, Rgba.contrast(f, bg) >= Rgba.contrast(o, bg) ? f : o, beneath);
    }

    private Pairs add(String name, double minimum, Rgba fg, String... beneath) {
        pairs.add(new Pair(name, minimum, fg, background(beneath)));
        return this;
    }

    private Rgba background(String... beneath) {
        List<Rgba> layers = new ArrayList<>();
        for (String layer : beneath) {
            layers.add(resolve(layer));
        }
        Rgba bg = Rgba.stack(layers);
        if (bg.a() < 1) {
            throw new IllegalArgumentException("the layers under a pair must end opaque: " + List.of(beneath));
        }
        return bg;
    }

    private Rgba resolve(String value) {
        return colours.colour(value, node);
    }
}
