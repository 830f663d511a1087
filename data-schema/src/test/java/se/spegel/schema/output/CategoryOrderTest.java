package se.spegel.schema.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CategoryOrderTest {

    @Test
    void unlistedCategoriesFollowListedOnesAlphabeticallyWithNumbersAsNumbers() {
        CategoryOrder order = CategoryOrder.of(List.of("man", "kvinna"));
        assertThat(Stream.of("b", "kvinna", "a", "man").sorted(order)).containsExactly("man", "kvinna", "a", "b");
        CategoryOrder unlisted = CategoryOrder.of(List.of());
        assertThat(Stream.of("85+", "16-24", "5-15").sorted(unlisted)).containsExactly("5-15", "16-24", "85+");
        assertThat(Stream.of("10", "2", "B", "a", "1").sorted(unlisted)).containsExactly("1", "2", "10", "a", "B");
    }

    @Test
    void intersectionsAreOrderedPartByPartEachInItsDimensionsOrder() {
        CategoryOrder order = CategoryOrder.ofParts(List.of(List.of(), List.of("kvinna", "man", "annat")));
        assertThat(Stream.of("25-34×annat", "16-24×man", "25-34×kvinna", "16-24×annat", "16-24×kvinna")
                        .sorted(order))
                .containsExactly("16-24×kvinna", "16-24×man", "16-24×annat", "25-34×kvinna", "25-34×annat");
    }
}
