package se.spegel.schema.output;

/**
 * A row of {@code quota_fulfilment}: one quota of an assembly at one stage.
 *
 * @param n participants at the stage with the quota's value (cumulative stages, as everywhere)
 * @param withinQuota whether n meets the quota (null at the pool stage and when n is withheld)
 * @param deviation n − target, or the distance to the bound n breaks (0 within)
 * @param nReplacements of n, reserves drawn after the first draw (null without a replacement column)
 * @param popShare the value's population share over the target area and eligible ages (null without a table)
 * @param featureDistance swedish-sortition's ‖n − target‖₂ / K over the feature's values
 * @param weightedDistance Σ weight × feature distance over the process's features with targets, at this stage
 */
public record QuotaFulfilment(
        String processId,
        String stage,
        String feature,
        String value,
        Double min,
        Double max,
        Double target,
        Long n,
        Boolean withinQuota,
        Double deviation,
        String dimension,
        String category,
        double weight,
        Long nReplacements,
        Double popShare,
        Double featureDistance,
        Double weightedDistance,
        boolean suppressed) {}
