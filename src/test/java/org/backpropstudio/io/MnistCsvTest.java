package org.backpropstudio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.CancellationException;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.ImageShape;
import org.backpropstudio.core.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MNIST's CSV layout, on small files made here (with and without a header, and broken ones). */
class MnistCsvTest {

    /** A line of the layout: {@code label}, then pixel p = (row·28 + col) with value {@code pixel.at(p)}. */
    static String line(int label, java.util.function.IntUnaryOperator pixel) {
        StringJoiner cells = new StringJoiner(",");
        cells.add(String.valueOf(label));
        for (int p = 0; p < MnistCsv.PIXELS; p++) {
            cells.add(String.valueOf(pixel.applyAsInt(p)));
        }
        return cells.toString();
    }

    /** The header {@code label,1x1,1x2,…,28x28}. */
    static String header() {
        StringJoiner cells = new StringJoiner(",");
        cells.add("label");
        for (int row = 1; row <= 28; row++) {
            for (int col = 1; col <= 28; col++) {
                cells.add(row + "x" + col);
            }
        }
        return cells.toString();
    }

    private static Dataset read(String text, int rows) throws Exception {
        return MnistCsv.read(new StringReader(text), rows, Progress.NONE);
    }

    @Test
    void pixels_are_averaged_over_2_by_2_blocks_and_scaled_to_one() throws Exception {
        // pixel (0, 0) 255, (0, 1) 51, (1, 1) 102; (27, 27) 255, elsewhere 0
        String text = line(7, p -> switch (p) {
            case 0 -> 255;
            case 1 -> 51;
            case 29 -> 102;
            case 783 -> 255;
            default -> 0;
        }) + "\n";
        Dataset d = read(text, 10);
        assertThat(d.size()).isEqualTo(1);
        assertThat(d.image()).contains(new ImageShape(14, 14));
        assertThat(d.inputWidth()).isEqualTo(196);
        assertThat(d.input(0, 0)).isEqualTo((255 + 51 + 102) / (4 * 255.0));
        assertThat(d.input(0, 195)).isEqualTo(0.25);
        assertThat(d.input(0, 1)).isZero();
        assertThat(d.targetRow(0)).containsExactly(0, 0, 0, 0, 0, 0, 0, 1, 0, 0);
    }

    @Test
    void a_header_of_either_kind_is_skipped_and_only_the_first_n_rows_are_read() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int label = i;
            lines.add(line(label, p -> p == 0 ? 4 * label : 0));
        }
        String body = String.join("\r\n", lines) + "\r\n";
        StringJoiner pixelHeader = new StringJoiner(",");
        pixelHeader.add("label");
        for (int p = 0; p < 784; p++) {
            pixelHeader.add("pixel" + p);
        }
        for (String text : List.of(body, header() + "\n" + body, "\uFEFF" + pixelHeader + "\n\n" + body)) {
            Dataset d = read(text, 3);
            assertThat(d.size()).isEqualTo(3);
            assertThat(d.targetRow(2)[2]).isEqualTo(1);
            assertThat(d.input(2, 0)).isEqualTo(8 / 1020.0);
        }
        assertThat(read(body + "this line is never read\n", 5).size()).isEqualTo(5);
    }

    @ParameterizedTest(name = "{3} → line {1}, column {2}")
    @CsvSource(delimiter = '|', value = {
        "2 | 2 | 0   | expected 785 cells",
        "3 | 3 | 1   | the digit \"10\"",
        "4 | 3 | 100 | the pixel \"256\"",
        "5 | 3 | 2   | \"x\" is not a number",
        "6 | 3 | 785 | \"12.5\" is not a whole number",
        "7 | 3 | 50  | the pixel \"-1\"",
        "8 | 3 | 9   | empty",
    })
    void a_bad_row_is_named_by_line_and_column(int kind, int line, int column, String problem) {
        String good = line(1, p -> p % 256);
        String bad = switch (kind) {
            case 2 -> good + ",0";
            case 3 -> "10" + good.substring(1);
            case 4 -> line(1, p -> p == 98 ? 256 : 0);
            case 5 -> line(1, p -> 0).replaceFirst("^1,0,", "1,x,");
            case 6 -> line(1, p -> 0).replaceFirst(",0$", ",12.5");
            case 7 -> line(1, p -> p == 48 ? -1 : 0);
            default -> line(1, p -> p == 7 ? 99 : 0).replace(",99,", ", ,");
        };
        String text = kind == 2 ? good + "\n" + bad + "\n" : header() + "\n" + good + "\n" + bad + "\n";
        assertThatThrownBy(() -> read(text, 100)).isInstanceOfSatisfying(CsvFormatException.class, e -> {
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.column()).isEqualTo(column);
            assertThat(e.getMessage()).contains("line " + line).contains(problem);
        });
    }

    @Test
    void a_file_with_no_pictures_is_refused_and_n_is_checked() {
        assertThatThrownBy(() -> read(header() + "\n\n", 10)).isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("no samples");
        assertThatThrownBy(() -> read(header(), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from 1 to 100000");
    }

    @Test
    void progress_is_told_and_can_stop_the_reading() {
        String text = (line(3, p -> 0) + "\n").repeat(200);
        List<Long> told = new ArrayList<>();
        assertThatThrownBy(() -> MnistCsv.read(new StringReader(text), 150, (done, total) -> {
            told.add(done);
            assertThat(total).isEqualTo(150);
            return done < 128;
        })).isInstanceOf(CancellationException.class);
        assertThat(told).containsExactly(64L, 128L);
    }

    @Test
    void the_layout_is_recognised_by_its_first_line(@TempDir Path dir) throws Exception {
        Path mnist = dir.resolve("mnist.csv");
        Files.writeString(mnist, "\n" + header() + "\n" + line(0, p -> 0) + "\n", StandardCharsets.UTF_8);
        Path plain = dir.resolve("plain.csv");
        Files.writeString(plain, "x1,x2,y1\n0,1,1\n", StandardCharsets.UTF_8);
        assertThat(MnistCsv.hasLayout(mnist)).isTrue();
        assertThat(MnistCsv.hasLayout(plain)).isFalse();
    }
}
