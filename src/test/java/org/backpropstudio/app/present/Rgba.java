package org.backpropstudio.app.present;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A colour as CSS writes it, with WCAG 2 relative luminance and contrast ratio
 * (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance): the sRGB channels are linearised, then
 * weighted 0.2126, 0.7152, 0.0722; the ratio is (L1 + 0.05) / (L2 + 0.05), lighter over darker.
 * A colour with alpha is first composited over what lies beneath it ({@link #over}).
 *
 * @param r red, 0 to 1
 * @param g green, 0 to 1
 * @param b blue, 0 to 1
 * @param a alpha, 0 to 1
 */
record Rgba(double r, double g, double b, double a) {
    private static final Pattern HEX = Pattern.compile("#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})");
    private static final Pattern FUNCTION =
            Pattern.compile("rgba?\\(\\s*([\\d.]+)\\s*,\\s*([\\d.]+)\\s*,\\s*([\\d.]+)\\s*(?:,\\s*([\\d.]+)\\s*)?\\)");
    private static final Map<String, Rgba> NAMED = Map.of(
            "white", new Rgba(1, 1, 1, 1),
            "black", new Rgba(0, 0, 0, 1),
            "transparent", new Rgba(0, 0, 0, 0),
            "null", new Rgba(0, 0, 0, 0));

    /** The colour a CSS literal writes ({@code #rgb}, {@code #rrggbb}, {@code rgba(…)}, a few names), or null. */
    static Rgba parse(String css) {
        String text = css.trim().toLowerCase(Locale.ROOT);
        if (NAMED.containsKey(text)) {
            return NAMED.get(text);
        }
        Matcher hex = HEX.matcher(text);
        if (hex.matches()) {
            String h = hex.group(1);
            if (h.length() == 3) {
                h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
            }
            double alpha = h.length() == 8 ? Integer.parseInt(h.substring(6, 8), 16) / 255.0 : 1;
            return new Rgba(channel(h, 0), channel(h, 2), channel(h, 4), alpha);
        }
        Matcher f = FUNCTION.matcher(text);
        if (f.matches()) {
            double alpha = f.group(4) == null ? 1 : Double.parseDouble(f.group(4));
            return new Rgba(Double.parseDouble(f.group(1)) / 255, Double.parseDouble(f.group(2)) / 255,
                    Double.parseDouble(f.group(3)) / 255, alpha);
        }
        return null;
    }

    private static double channel(String hex, int at) {
        return Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
    }

    /** This colour painted over {@code beneath} (source-over compositing). */
    Rgba over(Rgba beneath) {
        double alpha = a + beneath.a * (1 - a);
        if (alpha == 0) {
            return new Rgba(0, 0, 0, 0);
        }
        return new Rgba(mix(r, beneath.r, beneath.a, alpha), mix(g, beneath.g, beneath.a, alpha),
                mix(b, beneath.b, beneath.a, alpha), alpha);
    }

    private double mix(double top, double below, double belowAlpha, double alpha) {
        return (top * a + below * belowAlpha * (1 - a)) / alpha;
    }

    /** This colour with its alpha multiplied by {@code opacity} (a node's {@code -fx-opacity}). */
    Rgba faded(double opacity) {
        return new Rgba(r, g, b, a * opacity);
    }

    /** Layers painted in order, the first at the bottom: a {@code -fx-background-color} list. */
    static Rgba stack(List<Rgba> layers) {
        Rgba result = new Rgba(0, 0, 0, 0);
        for (Rgba layer : layers) {
            result = layer.over(result);
        }
        return result;
    }

    /** The WCAG relative luminance of this colour, which must be opaque. */
    double luminance() {
        if (a < 1) {
            throw new IllegalStateException(this + " is not opaque: composite it over its background first");
        }
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    }

    private static double linear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** The WCAG contrast ratio of {@code fg} composited over the opaque {@code bg}, from 1 to 21. */
    static double contrast(Rgba fg, Rgba bg) {
        double l1 = fg.over(bg).luminance();
        double l2 = bg.luminance();
        return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    }

    /** {@code #rrggbb}, with the alpha after it when the colour is not opaque. */
    @Override
    public String toString() {
        String rgb = String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(r * 255), Math.round(g * 255),
                Math.round(b * 255));
        return a < 1 ? rgb + String.format(Locale.ROOT, " at %.2f", a) : rgb;
    }
}
