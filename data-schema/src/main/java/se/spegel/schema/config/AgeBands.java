package se.spegel.schema.config;

import java.util.List;
import java.util.Optional;

/** Age bands in order, without overlaps. Conf's bands must also follow each other without gaps. */
public record AgeBands(List<AgeBand> bands) implements java.io.Serializable {

    public AgeBands {
        bands = List.copyOf(bands);
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).low() <= bands.get(i - 1).high()) {
                throw new IllegalArgumentException("age bands must not overlap: "
                        + bands.get(i - 1).code() + " then " + bands.get(i).code());
            }
        }
    }

    /** Bands that must also be contiguous (conf's age dimension). */
    public AgeBands(List<AgeBand> bands, boolean contiguous) {
        this(bands);
        for (int i = 1; contiguous && i < bands.size(); i++) {
            if (bands.get(i).low() != bands.get(i - 1).high() + 1) {
                throw new IllegalArgumentException("age bands must follow each other without gap or overlap: "
                        + bands.get(i - 1).code() + " then " + bands.get(i).code());
            }
        }
    }

    public static AgeBands parse(List<String> codes) {
        return new AgeBands(codes.stream().map(AgeBand::parse).toList(), true);
    }

    /** A loop, not a stream: this runs once per participant row. */
    public Optional<AgeBand> bandOf(int age) {
        for (AgeBand band : bands) {
            if (band.contains(age)) {
                return Optional.of(band);
            }
        }
        return Optional.empty();
    }

    /** The band that holds the whole range [low, high], if one does. */
    public Optional<AgeBand> bandHolding(int low, int high) {
        return bands.stream().filter(b -> b.contains(low) && b.contains(high)).findFirst();
    }

    public List<String> codes() {
        return bands.stream().map(AgeBand::code).toList();
    }
}
