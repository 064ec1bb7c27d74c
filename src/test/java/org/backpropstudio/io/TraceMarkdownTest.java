package org.backpropstudio.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.backpropstudio.core.Session;
import org.junit.jupiter.api.Test;

class TraceMarkdownTest {

    private static String handout(Session session, int iterations) throws IOException {
        StringWriter out = new StringWriter();
        TraceMarkdown.write(session, iterations, out);
        return out.toString();
    }

    @Test
    void the_seed_example_reads_like_the_worked_example() throws IOException {
        String md = handout(TestPresets.seedExample(), 1);
        assertThat(md).startsWith("# Backpropagation, step by step: Seed example (2-2-1)\n")
                .contains("- Network: 2 inputs → 2 units (sigmoid) → 1 unit (sigmoid)\n",
                        "- Learning rate: η = 0.5\n",
                        "Input x = (0.05, 0.1), target y = (0.01).",
                        "- z₁⁽¹⁾ = w₁₁⁽¹⁾x₁ + w₁₂⁽¹⁾x₂ + b₁⁽¹⁾ = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775\n",
                        "- a₁⁽¹⁾ = σ(z₁⁽¹⁾) = 1/(1 + e^(−0.3775)) = 0.59327\n",
                        "- Jₛ = ½(a₁⁽²⁾ − y₁)² = ½(0.751365 − 0.01)² = 0.274811\n",
                        "- w₁₁⁽²⁾⁺ = w₁₁⁽²⁾ − η·∂J/∂w₁₁⁽²⁾ = 0.4 − 0.5·0.082167 = 0.358916\n",
                        "before the update: **J = 0.274811**.")
                .endsWith("After 1 iteration, the loss over the whole dataset is **J = 0.258015**.\n\n");
        assertThat(md).containsSubsequence("## Iteration 1", "### Sample 1", "#### Forward pass", "#### Loss",
                "#### Backward pass", "#### Gradients", "### Update", "## Result");
    }

    @Test
    void each_micro_step_gives_its_meaning_once_in_italics() throws IOException {
        String md = handout(TestPresets.seedExample(), 1);
        assertThat(md.split("\\*The weighted input of a unit", -1)).hasSize(1 + 2);
        assertThat(md.split("\\*Gradient descent", -1)).hasSize(1 + 1);
        assertThat(md).contains("\n*The loss of this sample: half the squared distance between the network's output ŷ "
                + "and the target y.*\n");
    }

    @Test
    void every_sample_of_every_iteration_has_its_sections() throws IOException {
        String md = handout(TestPresets.xor(), 2);
        assertThat(md).containsSubsequence("## Iteration 1", "### Sample 1", "### Sample 2", "### Sample 3",
                "### Sample 4", "### Update", "## Iteration 2", "### Sample 1", "### Sample 4", "### Update");
        assertThat(md.split("#### Forward pass", -1)).hasSize(1 + 8);
        assertThat(md.split("\n## Iteration", -1)).hasSize(1 + 2);
    }

    @Test
    void markdown_in_the_session_name_is_escaped() throws IOException {
        Session named = TestPresets.seedExample().withName("A *bold* [name]\nover two lines");
        assertThat(handout(named, 1))
                .startsWith("# Backpropagation, step by step: A \\*bold\\* \\[name\\] over two lines\n");
    }
}
