package org.backpropstudio.app.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.backpropstudio.core.Tolerance;
import org.junit.jupiter.api.Test;

/**
 * The diagram's layout as plain geometry, without a window: columns, cards, weight tags and their
 * collisions for the seed's 2-2-1, XOR, two moons' 2-8-8-1 (slim tags in bands) and a 16-16 network.
 */
class DiagramLayoutTest {
    /** The metrics the probes measure under diagram.css (Monocle, the default font), px. */
    private static final Map<Density, DiagramLayout.Metrics> MEASURED = new EnumMap<>(Density.class);
    /** A slim tag ("−0.88" in 11 px type), at every density. */
    private static final double SLIM_WIDTH = 38;
    private static final double SLIM_HEIGHT = 14;

    static {
        measured(Density.EXTRA_LARGE, 183, 178, 46, 182, 208, 21, 157, 52);
        measured(Density.LARGE, 157, 153, 38, 156, 178, 20, 141, 48);
        measured(Density.MEDIUM, 135, 132, 35, 138, 157, 18, 124, 42);
        measured(Density.FULL_SMALL, 111, 108, 25, 108, 123, 16, 112, 40);
        measured(Density.COMPACT, 127, 121, 29, 65, 83, 18, 124, 42);
        measured(Density.SMALL, 112, 107, 26, 56, 71, 15, 107, 38);
        measured(Density.MINIMAL, 70, 60, 17, 17, 17, 15, 107, 38);
        measured(Density.DOT, 14, 14, 14, 14, 14, 15, 107, 38);
    }

    private static void measured(Density d, double inputWidth, double width, double inputHeight, double hiddenHeight,
                                 double outputHeight, double header, double tagWidth, double tagHeight) {
        MEASURED.put(d, new DiagramLayout.Metrics(d, new double[] {inputWidth, width, width},
                new double[] {inputHeight, hiddenHeight, outputHeight}, header, tagWidth, tagHeight,
                SLIM_WIDTH, SLIM_HEIGHT));
    }

    /** The drawing's area in NetworkDiagramTest's 1000 × 600 window (less the canvas's padding 14 22 18 22). */
    private static final DiagramLayout.Area TEST_WINDOW = new DiagramLayout.Area(22, 14, 956, 568);
    /** The drawing's area in the main window at 1280 × 800 (as its screenshot shows it), about. */
    private static final DiagramLayout.Area MAIN_WINDOW = new DiagramLayout.Area(22, 14, 750, 585);

    private static DiagramLayout.Plan plan(DiagramLayout.Area area, int... units) {
        return DiagramLayout.plan(units, area, MEASURED::get, false);
    }

    @Test
    void the_seed_example_is_drawn_extra_large_with_every_weight_tag() {
        DiagramLayout.Plan plan = plan(TEST_WINDOW, 2, 2, 1);
        assertThat(plan.density()).as("tags find room beside the cards").isEqualTo(Density.EXTRA_LARGE);
        assertThat(plan.cardsFit()).isTrue();
        assertThat(plan.tagsShown(1)).isTrue();
        assertThat(plan.tagsShown(2)).isTrue();
        assertColumnsSpanTheArea(plan, TEST_WINDOW);
        assertNothingOverlaps(plan);
        // the columns evenly spaced, the units centred at the middle of the body under the headers
        assertThat(plan.x(1) - plan.x(0)).isCloseTo(plan.x(2) - plan.x(1), within(Tolerance.PIXELS));
        double header = MEASURED.get(Density.EXTRA_LARGE).headerHeight();
        double middle = 14 + header + DiagramLayout.HEADER_GAP + (568 - header - DiagramLayout.HEADER_GAP) / 2;
        assertThat((plan.y(1, 0) + plan.y(1, 1)) / 2).isCloseTo(middle, within(Tolerance.PIXELS));
        assertThat(plan.y(2, 0)).isCloseTo(middle, within(Tolerance.PIXELS));
        // the first tag at its first choice, 0.3 of the way, moved in just enough to keep off the cards
        double lo = (plan.tagWidth() / 2 + DiagramLayout.TAG_MARGIN) / (plan.edgeRight(1) - plan.edgeLeft(1));
        assertThat(lo).isGreaterThan(0.3);
        assertThat(plan.tagPosition(1, 0)).isCloseTo(lo, within(Tolerance.ROUNDING));
    }

    @Test
    void xor_in_the_main_window_takes_smaller_type_to_show_every_weight_tag() {
        DiagramLayout.Plan plan = plan(MAIN_WINDOW, 2, 2, 1);
        assertThat(plan.density()).isEqualTo(Density.MEDIUM);
        assertThat(plan.allTagsShown()).isTrue();
        assertColumnsSpanTheArea(plan, MAIN_WINDOW);
        assertNothingOverlaps(plan);
    }

    @Test
    void where_medium_type_leaves_no_room_for_the_tags_smaller_cards_with_every_row_keep_every_tag() {
        // the diagram's share of a 1920 × 1080 window presenting at 150 % (less the stepper), as measured
        DiagramLayout.Area presenting = new DiagramLayout.Area(22, 14, 620, 530);
        DiagramLayout.Plan plan = plan(presenting, 2, 2, 1);
        assertThat(plan.density()).isEqualTo(Density.FULL_SMALL);
        assertThat(plan.density().rows()).as("every number of a card still shown").isEqualTo(Density.Rows.ALL);
        assertThat(plan.allTagsShown()).isTrue();
        assertNothingOverlaps(plan);
        boolean besideACard = false;
        for (int i = 0; i < 4; i++) {
            double t = plan.tagPosition(1, i);
            double x = plan.edgeLeft(1) + t * (plan.edgeRight(1) - plan.edgeLeft(1));
            besideACard |= x - plan.tagWidth() / 2 < plan.edgeLeft(1);
        }
        assertThat(besideACard).as("a crossing edge's tag may reach past the cards' side, below or above one")
                .isTrue();
    }

    @Test
    void when_even_small_type_leaves_no_room_for_full_tags_the_cards_stay_roomy_and_the_tags_turn_slim() {
        DiagramLayout.Area tight = new DiagramLayout.Area(0, 0, 560, 600);
        DiagramLayout.Plan plan = plan(tight, 2, 2, 1);
        assertThat(plan.cardsFit()).isTrue();
        assertThat(plan.density()).as("the roomiest whose cards fit").isEqualTo(Density.MEDIUM);
        assertThat(plan.density().rows()).as("no card drops rows only to make room for tags")
                .isEqualTo(Density.Rows.ALL);
        assertThat(plan.allTagsShown()).as("every weight keeps a tag, a slim one").isTrue();
        assertThat(plan.slim()).isTrue();
        assertNothingOverlaps(plan);
    }

    @Test
    void two_moons_keeps_a_slim_tag_on_every_one_of_its_88_weights_in_the_test_window() {
        DiagramLayout.Plan plan = plan(TEST_WINDOW, 2, 8, 8, 1);
        assertThat(plan.cardsFit()).isTrue();
        assertThat(plan.slim()).as("the weight alone in small type").isTrue();
        assertThat(plan.density().rows()).as("cards with z, a and δ").isEqualTo(Density.Rows.VALUES);
        assertThat(plan.allTagsShown()).isTrue();
        assertColumnsSpanTheArea(plan, TEST_WINDOW);
        assertNothingOverlaps(plan);
        assertThat(plan.x(2) - plan.x(1)).as("the gap of 64 tags is the widest")
                .isGreaterThan(plan.x(1) - plan.x(0)).isGreaterThan(plan.x(3) - plan.x(2));
    }

    @Test
    void two_moons_keeps_every_weight_tag_in_the_window_and_presenting_at_1280_by_720_and_1920_by_1080() {
        // the drawing's area (less the canvas's padding) as the app lays it out in each, measured
        Map<String, DiagramLayout.Area> sizes = Map.of(
                "window 1280 × 720", new DiagramLayout.Area(22, 14, 748, 506),
                "window 1920 × 1080", new DiagramLayout.Area(22, 14, 1025, 758),
                "presenting 1280 × 720", new DiagramLayout.Area(22, 14, 696, 602),
                "presenting 1920 × 1080 at 150 %", new DiagramLayout.Area(22, 14, 622, 530));
        for (var size : sizes.entrySet()) {
            DiagramLayout.Plan plan = plan(size.getValue(), 2, 8, 8, 1);
            assertThat(plan.cardsFit()).as(size.getKey()).isTrue();
            assertThat(plan.allTagsShown()).as(size.getKey() + ": all 88 tags").isTrue();
            assertThat(plan.slim()).as(size.getKey()).isTrue();
            assertThat(plan.density()).as(size.getKey() + ": cards with a number").isNotEqualTo(Density.DOT);
            assertColumnsSpanTheArea(plan, size.getValue());
            assertNothingOverlaps(plan);
        }
        assertThat(plan(sizes.get("window 1920 × 1080"), 2, 8, 8, 1).density().rows())
                .as("room for z, a and δ on the cards").isEqualTo(Density.Rows.VALUES);
    }

    @Test
    void the_seed_example_and_xor_keep_full_tags_where_two_moons_takes_slim_ones() {
        for (DiagramLayout.Area area : List.of(MAIN_WINDOW, new DiagramLayout.Area(22, 14, 622, 530))) {
            DiagramLayout.Plan plan = plan(area, 2, 2, 1);
            assertThat(plan.slim()).as("weight, padlock and gradient on every tag").isFalse();
            assertThat(plan.allTagsShown()).isTrue();
            assertThat(plan.density().rows()).isEqualTo(Density.Rows.ALL);
        }
    }

    @Test
    void sixteen_inputs_to_sixteen_outputs_fit_as_small_cards_without_tags() {
        DiagramLayout.Plan roomy = plan(MAIN_WINDOW, 16, 16);
        assertThat(roomy.allTagsShown()).as("256 slim tags in one wide gap").isTrue();
        assertNothingOverlaps(roomy);
        DiagramLayout.Area small = new DiagramLayout.Area(0, 0, 500, 450);
        DiagramLayout.Plan plan = plan(small, 16, 16);
        assertThat(plan.cardsFit()).isTrue();
        assertThat(plan.density().ordinal()).isGreaterThanOrEqualTo(Density.MINIMAL.ordinal());
        assertThat(plan.tagsShown(1)).as("256 tags have no room in a small area").isFalse();
        assertColumnsSpanTheArea(plan, small);
        assertNothingOverlaps(plan);
        for (int j = 1; j < 16; j++) {
            assertThat(plan.y(1, j) - plan.y(1, j - 1)).as("one pitch")
                    .isCloseTo(plan.y(0, 1) - plan.y(0, 0), within(Tolerance.PIXELS));
        }
    }

    @Test
    void where_a_layers_tags_were_dropped_the_kept_ones_always_show_and_the_wanted_ones_where_there_is_room() {
        DiagramLayout.Plan plan = plan(TEST_WINDOW, 2, 16, 16, 1);
        assertThat(plan.tagsShown(2)).isFalse();
        List<DiagramLayout.Edge> all = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            all.add(new DiagramLayout.Edge(2, i));
        }
        DiagramLayout.Edge focused = new DiagramLayout.Edge(2, 200);
        Map<DiagramLayout.Edge, Double> extra = plan.extraTags(List.of(focused), all);
        assertThat(extra).containsKey(focused);
        assertThat(extra.keySet().iterator().next()).as("the kept first").isEqualTo(focused);
        assertThat(extra).as("the step's weights where they fit, not all 256").hasSizeBetween(2, 255);
        assertThat(extra.containsKey(new DiagramLayout.Edge(2, 0))).as("the first wanted always finds room").isTrue();
        // the wanted ones never overlap a card or one another
        List<double[]> placed = new ArrayList<>();
        for (var e : extra.entrySet()) {
            int k = e.getKey().index() % 16;
            int j = e.getKey().index() / 16;
            double t = e.getValue();
            double x = plan.edgeLeft(2) + t * (plan.edgeRight(2) - plan.edgeLeft(2));
            double y = plan.y(1, k) + t * (plan.y(2, j) - plan.y(1, k));
            double margin = DiagramLayout.TAG_MARGIN;
            double[] tag = box(x, y, plan.tagWidth() + margin, plan.tagHeight() + margin);
            for (double[] other : placed) {
                assertThat(overlap(tag, other)).as("tag " + e.getKey()).isFalse();
            }
            for (int l = 1; l <= 2; l++) {
                for (int u = 0; u < 16; u++) {
                    assertThat(overlap(tag, box(plan.x(l), plan.y(l, u), plan.cardWidth(l), plan.cardHeight(l))))
                            .as("tag " + e.getKey() + " on card " + l + "-" + u).isFalse();
                }
            }
            placed.add(tag);
        }

        Map<DiagramLayout.Edge, Double> everyOne = plan.extraTags(all, List.of());
        assertThat(everyOne).as("kept tags show even where they must overlap").hasSize(256);

        DiagramLayout.Plan moons = plan(TEST_WINDOW, 2, 8, 8, 1);
        assertThat(moons.tagsShown(3)).isTrue();
        assertThat(moons.extraTags(List.of(new DiagramLayout.Edge(3, 0)), List.of(new DiagramLayout.Edge(3, 1))))
                .as("a layer whose tags all show needs none besides").isEmpty();
    }

    @Test
    void the_same_network_in_the_same_area_is_laid_out_the_same() {
        for (int[] units : new int[][] {{2, 2, 1}, {2, 8, 8, 1}, {16, 16}}) {
            DiagramLayout.Plan a = plan(MAIN_WINDOW, units);
            DiagramLayout.Plan b = plan(MAIN_WINDOW, units);
            assertThat(b.density()).isEqualTo(a.density());
            for (int l = 0; l < units.length; l++) {
                assertThat(b.x(l)).isEqualTo(a.x(l));
                assertThat(b.tagsShown(l)).isEqualTo(a.tagsShown(l));
                for (int j = 0; j < units[l]; j++) {
                    assertThat(b.y(l, j)).isEqualTo(a.y(l, j));
                }
                for (int i = 0; l > 0 && i < units[l] * units[l - 1]; i++) {
                    assertThat(b.tagPosition(l, i)).isEqualTo(a.tagPosition(l, i));
                }
            }
        }
    }

    @Test
    void densities_are_measured_roomiest_first_and_only_until_one_fits() {
        List<Density> asked = new ArrayList<>();
        DiagramLayout.plan(new int[] {2, 2, 1}, TEST_WINDOW, d -> {
            asked.add(d);
            return MEASURED.get(d);
        }, false);
        assertThat(asked).containsExactly(Density.EXTRA_LARGE);
    }

    @Test
    void headers_keep_whole_moving_aside_where_a_gap_is_narrow_and_share_only_when_too_wide() {
        DiagramLayout.Plan plan = plan(MAIN_WINDOW, 2, 8, 8, 1);
        double right = MAIN_WINDOW.left() + MAIN_WINDOW.width();
        double[] words = {60, 110, 110, 120}; // "Input", "Hidden 1 · tanh", …, "Output · sigmoid"
        DiagramLayout.Span[] spans = plan.headers(words);
        for (int l = 0; l < spans.length; l++) {
            assertThat(spans[l].width()).as("header %d whole", l).isEqualTo(words[l]);
            assertThat(spans[l].x()).isGreaterThanOrEqualTo(MAIN_WINDOW.left() - Tolerance.PIXELS);
            assertThat(spans[l].x() + spans[l].width()).isLessThanOrEqualTo(right + Tolerance.PIXELS);
            if (l > 0) {
                assertThat(spans[l].x()).as("no overlap").isGreaterThanOrEqualTo(
                        spans[l - 1].x() + spans[l - 1].width() + HeaderSpans.GAP - Tolerance.PIXELS);
            }
        }
        DiagramLayout.Span[] narrow = plan.headers(new double[] {40, 40, 40, 40});
        assertThat(narrow[1].x() + 20).as("centred on its column").isCloseTo(plan.x(1), within(Tolerance.PIXELS));

        DiagramLayout.Span[] tooWide = plan.headers(new double[] {10_000, 10_000, 10_000, 10_000});
        for (int l = 0; l < tooWide.length; l++) {
            assertThat(tooWide[l].x()).isGreaterThanOrEqualTo(MAIN_WINDOW.left() - Tolerance.PIXELS);
            assertThat(tooWide[l].x() + tooWide[l].width()).isLessThanOrEqualTo(right + Tolerance.PIXELS);
            if (l > 0) {
                assertThat(tooWide[l].x()).isGreaterThanOrEqualTo(tooWide[l - 1].x() + tooWide[l - 1].width());
            }
        }
    }

    /** The first column's cards start at the area's left edge, the last one's end at its right edge. */
    private static void assertColumnsSpanTheArea(DiagramLayout.Plan plan, DiagramLayout.Area area) {
        int last = plan.columns() - 1;
        assertThat(plan.x(0) - plan.cardWidth(0) / 2).isCloseTo(area.left(), within(Tolerance.PIXELS));
        assertThat(plan.x(last) + plan.cardWidth(last) / 2)
                .isCloseTo(area.left() + area.width(), within(Tolerance.PIXELS));
    }

    /**
     * No two cards overlap, and no shown weight tag (with its margin) overlaps a card or another tag;
     * a tag is centred on its anchor along its edge.
     */
    private static void assertNothingOverlaps(DiagramLayout.Plan plan) {
        List<double[]> boxes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int l = 0; l < plan.columns(); l++) {
            for (int j = 0; j < plan.units(l); j++) {
                boxes.add(box(plan.x(l), plan.y(l, j), plan.cardWidth(l), plan.cardHeight(l)));
                names.add("card " + l + "-" + j);
            }
        }
        double margin = plan.tagMargin();
        for (int l = 1; l < plan.columns(); l++) {
            if (!plan.tagsShown(l)) {
                continue;
            }
            int from = plan.units(l - 1);
            for (int i = 0; i < plan.units(l) * from; i++) {
                double t = plan.tagPosition(l, i);
                assertThat(t).as("tag " + l + "-" + i + " on its edge").isBetween(0.0, 1.0);
                double x = plan.edgeLeft(l) + t * (plan.edgeRight(l) - plan.edgeLeft(l));
                double y = plan.y(l - 1, i % from) + t * (plan.y(l, i / from) - plan.y(l - 1, i % from));
                boxes.add(box(x, y, plan.tagWidth() + margin, plan.tagHeight() + margin));
                names.add("tag " + l + "-" + i);
            }
        }
        for (int a = 0; a < boxes.size(); a++) {
            for (int b = a + 1; b < boxes.size(); b++) {
                assertThat(overlap(boxes.get(a), boxes.get(b))).as(names.get(a) + " overlaps " + names.get(b))
                        .isFalse();
            }
        }
    }

    /** (left, top, right, bottom) of a w × h box centred at (x, y). */
    private static double[] box(double x, double y, double w, double h) {
        return new double[] {x - w / 2, y - h / 2, x + w / 2, y + h / 2};
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }
}
