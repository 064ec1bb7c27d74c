package org.backpropstudio.architecture;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The keys of a resource bundle as the main sources use them: every call
 * {@code Accessor.get(…)} (a plain text) or {@code Accessor.format(…)} (a MessageFormat pattern),
 * with the string literals of its first argument ({@code get(cond ? "a" : "b")} uses both). A key
 * that is not written as a literal cannot be checked, so such a call is listed as {@code dynamic}.
 * And the rules a bundle's values follow, for the English one and every translation.
 */
public final class BundleKeys {
    /** The main sources. */
    public static final Path MAIN = Path.of("src/main/java/org/backpropstudio");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    /**
     * What the sources do with one accessor's keys.
     *
     * @param plain    the keys read with {@code get}, each with the places it is read
     * @param patterns the keys filled in with {@code format}, each with the places
     * @param dynamic  the places of calls whose key is not a literal
     */
    public record Usage(Map<String, List<String>> plain, Map<String, List<String>> patterns, List<String> dynamic) {
        /** Every key used, either way. */
        public Set<String> keys() {
            Set<String> all = new TreeSet<>(plain.keySet());
            all.addAll(patterns.keySet());
            return all;
        }
    }

    private BundleKeys() {
    }

    /** The calls {@code accessor.get} and {@code accessor.format} in every source file under {@link #MAIN}. */
    public static Usage scan(String accessor) {
        Map<String, List<String>> plain = new TreeMap<>();
        Map<String, List<String>> patterns = new TreeMap<>();
        List<String> dynamic = new ArrayList<>();
        Pattern call = Pattern.compile("\\b" + Pattern.quote(accessor) + "\\.(get|format)\\(");
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Matcher m = call.matcher(source);
                while (m.find()) {
                    String where = MAIN.relativize(file) + ":"
                            + (source.substring(0, m.start()).split("\n", -1).length);
                    List<String> keys = literalsOfFirstArgument(source, m.end());
                    if (keys.isEmpty()) {
                        dynamic.add(where);
                    }
                    Map<String, List<String>> into = m.group(1).equals("get") ? plain : patterns;
                    keys.forEach(k -> into.computeIfAbsent(k, x -> new ArrayList<>()).add(where));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Usage(plain, patterns, dynamic);
    }

    /** The string literals of the argument that starts at {@code from}, up to its ',' or ')'. */
    static List<String> literalsOfFirstArgument(String source, int from) {
        List<String> literals = new ArrayList<>();
        int depth = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                StringBuilder literal = new StringBuilder();
                for (i++; source.charAt(i) != '"'; i++) {
                    if (source.charAt(i) == '\\') {
                        i++;
                    }
                    literal.append(source.charAt(i));
                }
                literals.add(literal.toString());
            } else if (c == '\'') {
                i = source.indexOf('\'', source.charAt(i + 1) == '\\' ? i + 3 : i + 2);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (depth > 0 && (c == ')' || c == ']' || c == '}')) {
                depth--;
            } else if (depth == 0 && (c == ',' || c == ')')) {
                break;
            }
        }
        return literals;
    }

    /** The bundle file {@code file} (UTF-8), as key → value. */
    public static Map<String, String> read(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k)));
        return values;
    }

    /** The translations beside {@code base} ({@code messages.properties}): {@code messages_*.properties}. */
    public static List<Path> translations(Path base) {
        String name = base.getFileName().toString().replace(".properties", "_");
        try (Stream<Path> files = Files.list(base.getParent())) {
            return files
                    .filter(f -> f.getFileName().toString().startsWith(name) && f.toString().endsWith(".properties"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What is wrong with the values of {@code bundle} (named {@code name}) for how {@code usage}
     * reads them: a plain text with a placeholder or a doubled apostrophe (both would show as
     * written), a pattern with a single apostrophe (it would quote the rest away) or one
     * MessageFormat cannot read, a key read both ways.
     */
    public static List<String> misuses(String name, Map<String, String> bundle, Usage usage) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : bundle.entrySet()) {
            String key = e.getKey();
            String value = e.getValue();
            boolean plain = usage.plain().containsKey(key);
            boolean pattern = usage.patterns().containsKey(key);
            if (plain && pattern) {
                problems.add(name + ": " + key + " is read both with get and with format");
            } else if (plain && (PLACEHOLDER.matcher(value).find() || value.contains("''"))) {
                problems.add(name + ": " + key + " is plain text (read with get) but has a placeholder or '': "
                        + value);
            } else if (pattern && value.replace("''", "").contains("'")) {
                problems.add(name + ": " + key + " is a pattern (read with format): write an apostrophe as '': "
                        + value);
            } else if (pattern) {
                try {
                    new java.text.MessageFormat(value);
                } catch (IllegalArgumentException bad) {
                    problems.add(name + ": " + key + " is not a MessageFormat pattern (" + bad.getMessage() + "): "
                            + value);
                }
            }
        }
        return problems;
    }

    /**
     * What is wrong with {@code translation} beside {@code english}: a key English does not have, or
     * a pattern whose placeholders are not English's (the program fills in English's).
     */
    public static List<String> mismatches(String name, Map<String, String> translation, Map<String, String> english) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : translation.entrySet()) {
            String english1 = english.get(e.getKey());
            if (english1 == null) {
                problems.add(name + ": " + e.getKey() + " is not a key of the English bundle");
            } else if (!placeholders(e.getValue()).equals(placeholders(english1))) {
                problems.add(name + ": " + e.getKey() + " has placeholders " + placeholders(e.getValue())
                        + ", English has " + placeholders(english1));
            }
        }
        return problems;
    }

    private static Set<String> placeholders(String value) {
        return PLACEHOLDER.matcher(value).results().map(r -> r.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }
}
