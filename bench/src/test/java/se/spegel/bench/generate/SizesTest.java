package se.spegel.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SizesTest {

    @Test
    void readsMillionsThousandsAndPlainNumbers() {
        assertThat(Sizes.parse("1M")).isEqualTo(1_000_000);
        assertThat(Sizes.parse("30m")).isEqualTo(30_000_000);
        assertThat(Sizes.parse("500k")).isEqualTo(500_000);
        assertThat(Sizes.parse("1.5M")).isEqualTo(1_500_000);
        assertThat(Sizes.parse("2000")).isEqualTo(2_000);
    }

    @Test
    void rejectsWhatIsNotASize() {
        assertThatThrownBy(() -> Sizes.parse("many")).hasMessageContaining("not a size: 'many'");
    }
}
