package se.spegel.jobs.evaluate;

import java.util.Comparator;
import java.util.List;
import se.spegel.schema.config.SpegelConfig;

/** Display order of categories: conf's order (age bands in band order), then the rest alphabetically. */
final class CategoryOrder {
    private CategoryOrder() {}

    static Comparator<String> of(ComparedDimension dimension, SpegelConfig config) {
        Comparator<String> order = part(dimension, 0, config);
        for (int i = 1; i < dimension.parts().size(); i++) {
            order = order.thenComparing(part(dimension, i, config));
        }
        return order;
    }

    private static Comparator<String> part(ComparedDimension compared, int position, SpegelConfig config) {
        String dimension = compared.parts().get(position);
        List<String> listed = dimension.equals("age") ? compared.ageBands().codes()
                : config.dimension(dimension) == null ? List.of() : config.dimension(dimension).order();
        Comparator<String> byList = Comparator.comparingInt(c -> {
            int index = listed.indexOf(c);
            return index < 0 ? listed.size() : index;
        });
        return Comparator.comparing((String category) -> category.split(ComparedDimension.INTERSECTION, -1)[position],
                byList.thenComparing(Comparator.naturalOrder()));
    }
}
