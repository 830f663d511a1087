package se.spegel.schema.config;

import java.util.List;
import java.util.Map;

/** A category of a dimension as conf describes it: its code, display labels and synonyms. */
public record CategoryDef(String code, Map<String, String> labels, List<String> synonyms)
        implements java.io.Serializable {
    public CategoryDef {
        labels = Map.copyOf(labels);
        synonyms = List.copyOf(synonyms);
    }
}
