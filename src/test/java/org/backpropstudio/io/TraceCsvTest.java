package org.backpropstudio.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.backpropstudio.core.Engine;
import org.backpropstudio.core.Session;
import org.junit.jupiter.api.Test;

class TraceCsvTest {
    private static final int COLUMNS = 8;

    private static List<String[]> rows(Session session, int iterations) throws IOException {
        StringWriter out = new StringWriter();
        TraceCsv.write(session, iterations, out);
        String text = out.toString();
        assertThat(text).endsWith("\r\n").doesNotContain("\"");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r", "\n");
        return Arrays.stream(text.split("\r\n")).map(line -> line.split(",", -1)).toList();
    }

    @Test
    void every_row_has_the_header_columns() throws IOException {
        List<String[]> rows = rows(TestPresets.xor(), 2);
        assertThat(String.join(",", rows.get(0))).isEqualTo(TraceCsv.HEADER);
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(COLUMNS));
    }

    @Test
    void the_seed_example_has_one_row_per_quantity_of_each_micro_step() throws IOException {
        List<String[]> rows = rows(TestPresets.seedExample(), 1);
        // z, a: 2 + 2 + 1 + 1; loss 1; δ: 1 + 2; ∂J/∂W, ∂J/∂b: 3 + 6; update: 9
        assertThat(rows).hasSize(1 + 28);
        assertThat(rows.get(1)).containsExactly("1", "1", "forward", "z", "1", "1", "", "0.3775");
        assertThat(rows.get(7)).containsExactly("1", "1", "loss", "loss", "", "", "", "0.274811083176155");
        assertThat(rows.get(12)).startsWith("1", "1", "backward", "dW", "2", "1", "2");
        Engine engine = new Engine(TestPresets.seedExample());
        engine.runIteration();
        String[] w12 = rows.get(rows.size() - 2);
        assertThat(w12).startsWith("1", "", "update", "W", "2", "1", "2");
        assertThat(Double.parseDouble(w12[7])).isEqualTo(engine.weight(2, 0, 1));
        assertThat(rows.get(rows.size() - 1)).containsExactly("1", "", "update", "b", "2", "1", "",
                Double.toString(engine.bias(2, 0)));
    }
}
