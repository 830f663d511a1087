package se.spegel.jobs.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityHashesTest {
    @Test
    void findsHashesRepeatedWithinAPartAndAcrossParts() {
        long[] first = {Long.MIN_VALUE, -7, -7, 3, 40};
        long[] second = {-9, 3, 41, Long.MAX_VALUE};
        long[] third = {};
        long[] fourth = {-9, 5, Long.MAX_VALUE};
        assertThat(IdentityHashes.repeated(List.of(first, second, third, fourth)))
                .containsExactlyInAnyOrder(-7L, -9L, 3L, Long.MAX_VALUE);
    }

    @Test
    void findsNothingWhenEveryHashIsDistinct() {
        assertThat(IdentityHashes.repeated(List.of(new long[] {-2, 0, 2}, new long[] {-1, 1}, new long[0]))).isEmpty();
        assertThat(IdentityHashes.repeated(List.of())).isEmpty();
    }

    @Test
    void aHashSeenThreeTimesIsReportedOnce() {
        assertThat(IdentityHashes.repeated(List.of(new long[] {4, 4}, new long[] {4}))).containsExactly(4L);
    }
}
