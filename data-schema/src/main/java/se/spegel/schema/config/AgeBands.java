package se.spegel.schema.config;

import java.util.List;
import java.util.Optional;

/** The age bands of the age dimension, in order, without gaps or overlaps. */
public record AgeBands(List<AgeBand> bands) {

    public AgeBands {
        bands = List.copyOf(bands);
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).low() != bands.get(i - 1).high() + 1) {
                throw new IllegalArgumentException("age bands must follow each other without gap or overlap: "
                        + bands.get(i - 1).code() + " then " + bands.get(i).code());
            }
        }
    }

    public static AgeBands parse(List<String> codes) {
        return new AgeBands(codes.stream().map(AgeBand::parse).toList());
    }

    public Optional<AgeBand> bandOf(int age) {
        return bands.stream().filter(b -> b.contains(age)).findFirst();
    }

    public List<String> codes() {
        return bands.stream().map(AgeBand::code).toList();
    }
}
