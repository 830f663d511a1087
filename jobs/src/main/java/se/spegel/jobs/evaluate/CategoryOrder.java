package se.spegel.jobs.evaluate;

import java.util.Comparator;
import java.util.List;
import se.spegel.schema.config.SpegelConfig;

/** Display order of categories: conf's order (age bands in band order), then the rest alphabetically. */
final class CategoryOrder {
    private CategoryOrder() {}

    static Comparator<String> of(ComparedDimension dimension, SpegelConfig config) {
        Comparator<String> order = part(dimension.parts().get(0), config, 0);
        for (int i = 1; i < dimension.parts().size(); i++) {
            order = order.thenComparing(part(dimension.parts().get(i), config, i));
        }
        return order;
    }

    private static Comparator<String> part(String dimension, SpegelConfig config, int position) {
        List<String> listed = dimension.equals("age") ? config.ageBands().codes()
                : config.dimension(dimension) == null ? List.of() : config.dimension(dimension).order();
        Comparator<String> byList = Comparator.comparingInt(c -> {
            int index = listed.indexOf(c);
            return index < 0 ? listed.size() : index;
        });
        return Comparator.comparing((String category) -> category.split(ComparedDimension.INTERSECTION, -1)[position],
                byList.thenComparing(Comparator.naturalOrder()));
    }
}
