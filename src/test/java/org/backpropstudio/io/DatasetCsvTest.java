package org.backpropstudio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.backpropstudio.core.DataGenerator;
import org.backpropstudio.core.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatasetCsvTest {

    @Test
    void a_dataset_survives_a_round_trip_bit_for_bit() throws Exception {
        Dataset moons = DataGenerator.TWO_MOONS.generate(50, 0.1, 3);
        String csv = DatasetCsv.write(moons);
        assertThat(csv).startsWith("x1,x2,y1\n");
        assertThat(DatasetCsv.read(csv, 2, 1)).isEqualTo(moons);
    }

    @Test
    void the_header_is_optional_and_blank_lines_are_skipped() throws Exception {
        Dataset d = DatasetCsv.read("\n0,0,0\n0, 1 ,1\n\n1,0,1\r\n", 2, 1);
        assertThat(d.size()).isEqualTo(3);
        assertThat(d.input(1, 1)).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0} → line {1}, column {2}")
    @CsvSource(delimiter = '|', value = {
        "x1,x2,y1\\n0,0,0\\n0,abc,1 | 3 | 2 | not a number",
        "x1,x2,y1\\n0,0,0\\n0,1       | 3 | 0 | expected 3 cells",
        "0,0,0\\n1,1,NaN              | 2 | 3 | not a finite number",
        "0,0,0\\n1,,1                 | 2 | 2 | empty",
        "0,0,0\\n1,2e7,1              | 2 | 2 | larger than 1e6",
        "x1,x2,y1\\n                  | 2 | 0 | no samples",
    })
    void errors_name_the_line_and_column(String text, int line, int column, String problem) {
        assertThatThrownBy(() -> DatasetCsv.read(text.replace("\\n", "\n"), 2, 1))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.column()).isEqualTo(column);
                    assertThat(e.getMessage()).contains(problem).startsWith("line " + line);
                });
    }
}
