package org.backpropstudio.app.present;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The colours of Backprop Studio's stylesheets as one {@link Theme} applies them, read from the
 * CSS files themselves: AtlantaFX's Primer sheet (the user-agent sheet), {@code palette.css} and,
 * in the high-contrast theme, {@code high-contrast.css} (scene sheets, as {@code studio.css}
 * imports the palette), and a view's own sheet (a parent's sheet, which outranks the scene's).
 *
 * <p>Small on purpose: a selector is a chain of compounds of style classes and pseudo-classes
 * joined by descendant combinators ({@code >} is read as a descendant too; type and id selectors
 * never match); a node is the set of its classes and pseudo-classes, with its ancestors. A
 * looked-up colour ({@code -bp-card}) is found as JavaFX finds it: on the node, from the rule that
 * wins the cascade (origin, then specificity, then order), else on its parent, and so on up to the
 * root; a value that names another looked-up colour is resolved the same way, from the same node.
 */
final class ThemeColours {
    private static final String APP = "/org/backpropstudio/app/";
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern IMPORT = Pattern.compile("@import\\s+\"([^\"]+)\"\\s*;");
    private static final Pattern LOOKUP = Pattern.compile("-[a-z][a-z0-9-]*");
    private static final int USER_AGENT = 0;
    private static final int SCENE = 1;
    private static final int PARENT = 2;

    private record Rule(String sheet, List<List<Set<String>>> selectors, Map<String, String> declarations,
                        int origin, int order) {
    }

    private record Match(Rule rule, int specificity) {
    }

    private final Theme theme;
    private final List<Rule> rules = new ArrayList<>();

    private ThemeColours(Theme theme) {
        this.theme = theme;
    }

    /** The colours of {@code theme}, with the view sheets {@code viewSheets} (under app/: diagram/diagram.css). */
    static ThemeColours of(Theme theme, String... viewSheets) {
        ThemeColours colours = new ThemeColours(theme);
        colours.load(theme == Theme.LIGHT ? "/atlantafx/base/theme/primer-light.css"
                : "/atlantafx/base/theme/primer-dark.css", USER_AGENT);
        colours.load(APP + "studio.css", SCENE);
        if (theme == Theme.HIGH_CONTRAST) {
            colours.load(APP + "present/high-contrast.css", SCENE);
        }
        for (String sheet : viewSheets) {
            colours.load(APP + sheet, PARENT);
        }
        return colours;
    }

    /** The window's root as this theme marks it ({@code .root}, with {@code :dark} and {@code :high-contrast}). */
    String root() {
        return ".root" + (theme == Theme.LIGHT ? "" : ":dark") + (theme == Theme.HIGH_CONTRAST ? ":high-contrast" : "");
    }

    private void load(String path, int origin) {
        String resource = normalise(path);
        String css;
        try (InputStream in = Objects.requireNonNull(ThemeColours.class.getResourceAsStream(resource), resource)) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        css = css.replaceAll("(?s)/\\*.*?\\*/", "");
        Matcher imports = IMPORT.matcher(css);
        while (imports.find()) {
            load(resource.substring(0, resource.lastIndexOf('/') + 1) + imports.group(1), origin);
        }
        Matcher m = RULE.matcher(imports.replaceAll(""));
        while (m.find()) {
            List<List<Set<String>>> selectors = new ArrayList<>();
            for (String selector : m.group(1).split(",")) {
                selectors.add(compounds(selector));
            }
            Map<String, String> declarations = new LinkedHashMap<>();
            for (String declaration : m.group(2).split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0) {
                    declarations.put(declaration.substring(0, colon).trim(), declaration.substring(colon + 1).trim());
                }
            }
            String sheet = resource.startsWith(APP) ? normalise(resource.substring(APP.length())) : "primer";
            rules.add(new Rule(sheet, selectors, declarations, origin, rules.size()));
        }
    }

    /** "diagram/../palette.css" as "palette.css". */
    private static String normalise(String path) {
        return path.replaceAll("[^/]+/\\.\\./", "");
    }

    /** {@code ".a.b:c > .d"} as [{.a, .b, :c}, {.d}]. */
    private static List<Set<String>> compounds(String selector) {
        List<Set<String>> result = new ArrayList<>();
        for (String compound : selector.trim().replace(">", " ").split("\\s+")) {
            Set<String> tokens = new HashSet<>();
            Matcher t = Pattern.compile("[.:#]?[^.:#]+").matcher(compound);
            while (t.find()) {
                tokens.add(t.group());
            }
            result.add(tokens);
        }
        return result;
    }

    /**
     * What the rule written exactly as {@code selector} (one of its selector list) in {@code sheet}
     * declares for {@code property}: the CSS text, unresolved. {@code sheet} is a path under app/,
     * or "primer" for AtlantaFX's sheet.
     */
    String declared(String sheet, String selector, String property) {
        List<Set<String>> wanted = compounds(selector);
        return rules.stream()
                .filter(r -> r.sheet.equals(sheet) && r.selectors.contains(wanted))
                .filter(r -> r.declarations.containsKey(property))
                .reduce((first, second) -> second)
                .map(r -> r.declarations.get(property))
                .orElseThrow(() -> new IllegalArgumentException(selector + " has no " + property + " in " + sheet));
    }

    /**
     * The colour of {@code value} (a literal, a looked-up colour, or a list of layers painted
     * first to last) on the node {@code path}: its compounds from the outermost ancestor below the
     * root, as ".network-diagram .neuron".
     */
    Rgba colour(String value, String path) {
        return colour(value, node(path));
    }

    /** {@code path} below the root this theme marks; in a popup (whose root has no theme marks), below a bare .root. */
    List<Set<String>> node(String path) {
        return compounds((path.startsWith(".popover") ? ".root" : root()) + " " + path);
    }

    private Rgba colour(String value, List<Set<String>> node) {
        List<Rgba> layers = new ArrayList<>();
        for (String layer : value.split(",(?![^(]*\\))")) {
            layers.add(single(layer.trim(), node, 0));
        }
        return Rgba.stack(layers);
    }

    private Rgba single(String value, List<Set<String>> node, int depth) {
        if (depth > 20) {
            throw new IllegalStateException("a cycle of looked-up colours at " + value);
        }
        Rgba literal = Rgba.parse(value);
        if (literal != null) {
            return literal;
        }
        if (LOOKUP.matcher(value).matches()) {
            return single(lookUp(value, node), node, depth + 1);
        }
        throw new IllegalArgumentException("not a colour this test reads: " + value);
    }

    /** The value of the looked-up colour {@code name} for {@code node}: on it, or on its nearest ancestor with one. */
    private String lookUp(String name, List<Set<String>> node) {
        for (int end = node.size(); end > 0; end--) {
            List<Set<String>> at = node.subList(0, end);
            boolean belowRoot = end > 1;
            Optional<Match> winner = rules.stream()
                    .filter(r -> r.declarations.containsKey(name) && (r.origin != PARENT || belowRoot))
                    .map(r -> match(r, at))
                    .flatMap(Optional::stream)
                    .max(Comparator.comparingInt((Match w) -> w.rule.origin)
                            .thenComparingInt(Match::specificity)
                            .thenComparingInt(w -> w.rule.order));
            if (winner.isPresent()) {
                return winner.get().rule.declarations.get(name);
            }
        }
        throw new IllegalArgumentException("no value for " + name + " at " + node);
    }

    /** The most specific of {@code rule}'s selectors that matches the last node of {@code path}, if any. */
    private static Optional<Match> match(Rule rule, List<Set<String>> path) {
        int best = -1;
        for (List<Set<String>> selector : rule.selectors) {
            if (matches(selector, path)) {
                best = Math.max(best, selector.stream().mapToInt(Set::size).sum());
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(new Match(rule, best));
    }

    private static boolean matches(List<Set<String>> selector, List<Set<String>> path) {
        int s = selector.size() - 1;
        if (!path.get(path.size() - 1).containsAll(selector.get(s))) {
            return false;
        }
        s--;
        for (int p = path.size() - 2; p >= 0 && s >= 0; p--) {
            if (path.get(p).containsAll(selector.get(s))) {
                s--;
            }
        }
        return s < 0;
    }
}
