package se.spegel.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LargestRemainderTest {

    @Test
    void partsAddUpToTheTotalExactly() {
        long[] parts = LargestRemainder.split(10, new double[] {1, 1, 1});
        // 10/3 = 3.33 each: floors 3+3+3, the one unit left goes to the first of the equal remainders
        assertThat(parts).containsExactly(4, 3, 3);
    }

    @Test
    void theLargestFractionsGetTheUnitsLostToRounding() {
        // exact shares 0.5·7 = 3.5, 0.3·7 = 2.1, 0.2·7 = 1.4: floors 3, 2, 1 leave 1 unit for the 0.5 remainder
        assertThat(LargestRemainder.split(7, new double[] {5, 3, 2})).containsExactly(4, 2, 1);
    }

    @Test
    void zeroWeightsGetNothing() {
        assertThat(LargestRemainder.split(5, new double[] {0, 2, 0})).containsExactly(0, 5, 0);
        assertThat(LargestRemainder.split(5, new double[] {0, 0})).containsExactly(0, 0);
    }
}
