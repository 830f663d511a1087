package se.spegel.jobs.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PerturbationTableTest {
    private static final int KEYS = 100_000;
    private final PerturbationTable table = new PerturbationTable(5);

    /** Cell keys spread evenly over [0, 2^32): each stands for 1/KEYS of all keys. */
    private static long key(int i) {
        return (long) ((i + 0.5) / KEYS * 4294967296.0);
    }

    @Test
    void anEmptyCellStaysEmptyWhateverItsKey() {
        for (int i = 0; i < KEYS; i += 97) {
            assertThat(table.perturb(0, key(i))).isZero();
        }
    }

    @Test
    void everySmallCountIsPublishedAsTheSameValueForTheSameKey() {
        // the published value of a count of 1..4 depends on the key alone: it cannot tell 1 from 4
        for (int i = 0; i < KEYS; i += 13) {
            long one = table.perturb(1, key(i));
            for (int t = 2; t <= 4; t++) {
                assertThat(table.perturb(t, key(i))).isEqualTo(one);
            }
        }
    }

    @Test
    void smallCountsArePublishedUniformlyOnOneToFour() {
        Map<Long, Integer> seen = new HashMap<>();
        for (int i = 0; i < KEYS; i++) {
            seen.merge(table.perturb(3, key(i)), 1, Integer::sum);
        }
        assertThat(seen).containsOnlyKeys(1L, 2L, 3L, 4L);
        seen.values().forEach(n -> assertThat(n).isEqualTo(KEYS / 4));
    }

    @Test
    void countsFromTheThresholdUpAreUnbiasedBoundedAndNeverBelowIt() {
        for (long t = 5; t <= 40; t++) {
            double sum = 0;
            for (int i = 0; i < KEYS; i++) {
                long j = table.perturb(t, key(i));
                assertThat(j).isBetween(Math.max(5, t - 4), t + 4);
                sum += j;
            }
            assertThat(sum / KEYS).as("mean of row %d", t).isCloseTo(t, within(0.002));
        }
    }

    @Test
    void farFromTheThresholdTheNoiseIsADiscreteGaussianOfVarianceOneOnMinusFourToFour() {
        // by hand: sum over e = -4..4 of exp(-e^2/2) = 1 + 2(e^-0.5 + e^-2 + e^-4.5 + e^-8) = 2.506621
        double norm = 1 + 2 * (Math.exp(-0.5) + Math.exp(-2) + Math.exp(-4.5) + Math.exp(-8));
        assertThat(norm).isCloseTo(2.506621, within(1e-6));
        assertThat(table.probability(100, 100)).isCloseTo(1 / norm, within(1e-9));
        assertThat(table.probability(100, 99)).isCloseTo(Math.exp(-0.5) / norm, within(1e-9));
        assertThat(table.probability(100, 104)).isCloseTo(Math.exp(-8) / norm, within(1e-9));
        assertThat(table.probability(100, 105)).isZero();
        assertThat(table.probability(100, 95)).isZero();
    }

    @Test
    void theThresholdItselfIsPublishedAsItIsSinceNoNoiseCanGoBelowIt() {
        for (int i = 0; i < KEYS; i += 101) {
            assertThat(table.perturb(5, key(i))).isEqualTo(5);
        }
        // but 5 can also come from 6..9, so a published 5 does not say the count was 5
        assertThat(table.possibleCounts(5)).containsExactly(5, 6, 7, 8, 9);
    }

    @Test
    void aPublishedSmallValueCouldHaveComeFromAnySmallCount() {
        assertThat(table.possibleCounts(2)).containsExactly(1, 2, 3, 4);
        assertThat(table.possibleCounts(0)).containsExactly(0);
    }

    @Test
    void theSameKeyAlwaysGivesTheSameCount() {
        assertThat(table.perturb(17, 123_456_789L)).isEqualTo(new PerturbationTable(5).perturb(17, 123_456_789L));
        // only the lower 32 bits of a key count
        assertThat(table.perturb(17, 123_456_789L + (7L << 32))).isEqualTo(table.perturb(17, 123_456_789L));
    }

    @Test
    void aThresholdOfOnePublishesEveryCountAsItIs() {
        PerturbationTable off = new PerturbationTable(1);
        assertThat(off.protects()).isFalse();
        for (long t = 0; t < 30; t++) {
            assertThat(off.perturb(t, key((int) t * 1000))).isEqualTo(t);
        }
    }

    @Test
    void aCellKeyIsASumOfRecordKeysModuloTwoToThe32() {
        long a = 0xFFFF_FFF0L;
        long b = 0x20L;
        assertThat(CellKey.of(a + b)).isEqualTo(0x10L);
        // taking a member away again gives the key back
        assertThat(CellKey.of(a + b - b)).isEqualTo(a);
    }
}
