package se.spegel.reports.view.section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import se.spegel.reports.text.DisplayNumbers;
import se.spegel.reports.text.Messages;
import se.spegel.reports.text.ReportContext;
import se.spegel.reports.view.ReportView;
import se.spegel.schema.output.QuotaFulfilment;
import se.spegel.schema.output.SelectionFairness;
import se.spegel.schema.output.SelectionFairnessGroup;

/**
 * The citizens' assembly section of a process report: the lottery's quotas with the population
 * share, the pool, and each stage from {@code selected} on side by side; which quotas the panel
 * missed after drop-outs, who dropped out and who replaced them; and how equal the pool's chances of
 * a seat were. The three baselines are the columns: population share (where a table has the
 * feature), the pool (what the lottery drew from: pool vs population is self-selection, panel vs
 * pool the lottery's work) and the quota itself.
 */
public final class AssemblySection {
    private final ReportContext context;

    public AssemblySection(ReportContext context) {
        this.context = context;
    }

    /** The section, or null when the process has none of the assembly tables. */
    public ReportView.AssemblyView view(
            List<QuotaFulfilment> quotas, List<SelectionFairness> fairness, List<SelectionFairnessGroup> groups) {
        if (quotas.isEmpty() && fairness.isEmpty()) {
            return null;
        }
        Messages m = context.messages();
        DisplayNumbers numbers = context.numbers();
        List<String> stages = new ArrayList<>(
                new LinkedHashSet<>(quotas.stream().map(QuotaFulfilment::stage).toList()));
        String pool = stages.isEmpty() ? null : stages.get(0);
        List<String> judged = stages.size() > 1 ? stages.subList(1, stages.size()) : List.of();
        String first = judged.isEmpty() ? null : judged.get(0);
        String last = judged.isEmpty() ? null : judged.get(judged.size() - 1);
        Map<String, Map<String, QuotaFulfilment>> byQuota = new LinkedHashMap<>();
        for (QuotaFulfilment q : quotas) {
            byQuota.computeIfAbsent(q.feature() + '\u0000' + q.value(), k -> new LinkedHashMap<>())
                    .put(q.stage(), q);
        }
        List<ReportView.QuotaRowView> rows = new ArrayList<>();
        int held = 0;
        int missedAfter = 0;
        for (Map<String, QuotaFulfilment> byStage : byQuota.values()) {
            QuotaFulfilment any = byStage.values().iterator().next();
            List<String> cells = new ArrayList<>();
            judged.forEach(s -> cells.add(count(byStage.get(s))));
            QuotaFulfilment atFirst = first == null ? null : byStage.get(first);
            QuotaFulfilment atLast = last == null ? null : byStage.get(last);
            boolean drawnOk = atFirst != null && Boolean.TRUE.equals(atFirst.withinQuota());
            boolean finalOk = atLast != null && Boolean.TRUE.equals(atLast.withinQuota());
            boolean finalKnown = atLast != null && atLast.withinQuota() != null;
            boolean lostAfter = drawnOk && finalKnown && !finalOk;
            held += finalOk ? 1 : 0;
            missedAfter += lostAfter ? 1 : 0;
            String status = !finalKnown
                    ? m.get("assembly.status.unknown")
                    : finalOk
                            ? m.get("assembly.status.held")
                            : lostAfter
                                    ? m.get("assembly.status.missedAfterDropOuts")
                                    : m.get("assembly.status.missed");
            Double dropped = atFirst == null || atLast == null || atFirst.n() == null || atLast.n() == null
                    ? null
                    : (double) (atFirst.n() - atLast.n());
            String feature =
                    any.dimension() == null ? any.feature() : context.labels().dimension(any.dimension());
            rows.add(new ReportView.QuotaRowView(
                    feature,
                    any.value(),
                    quotaText(any),
                    numbers.percent(any.popShare(), 1),
                    count(pool == null ? null : byStage.get(pool)),
                    cells,
                    dropped == null ? DisplayNumbers.NO_VALUE : numbers.count(dropped),
                    atLast == null || atLast.nReplacements() == null
                            ? DisplayNumbers.NO_VALUE
                            : numbers.count(atLast.nReplacements()),
                    status,
                    finalKnown && !finalOk,
                    lostAfter));
        }
        List<String> lead = new ArrayList<>();
        if (!byQuota.isEmpty() && last != null) {
            lead.add(m.get(
                    "assembly.lead",
                    String.valueOf(held),
                    String.valueOf(byQuota.size()),
                    context.labels().stage(last)));
            if (missedAfter > 0) {
                lead.add(m.get(
                        "assembly.lead.missedAfter",
                        String.valueOf(missedAfter),
                        context.labels().stage(first)));
            }
        }
        List<String> notes = new ArrayList<>();
        distance(quotas, first)
                .ifPresent(d -> notes.add(m.get(
                        "assembly.distance",
                        context.labels().stage(first),
                        d,
                        context.labels().stage(last),
                        distance(quotas, last).orElse(DisplayNumbers.NO_VALUE))));
        if (pool != null) {
            notes.add(m.get("assembly.note.columns", context.labels().stage(pool)));
        }
        if (quotas.stream().anyMatch(QuotaFulfilment::suppressed)
                || rows.stream().anyMatch(r -> r.replacements().equals(DisplayNumbers.NO_VALUE))
                        && rows.stream().anyMatch(r -> !r.replacements().equals(DisplayNumbers.NO_VALUE))) {
            notes.add(m.get(
                    "assembly.note.withheld", String.valueOf(context.settings().minPublishedCount())));
        }
        List<String> headers =
                judged.stream().map(s -> context.labels().stage(s)).toList();
        return new ReportView.AssemblyView(
                lead,
                pool == null ? "" : context.labels().stage(pool),
                headers,
                rows,
                notes,
                fairness(fairness, groups));
    }

    private String count(QuotaFulfilment q) {
        if (q == null) {
            return DisplayNumbers.NO_VALUE;
        }
        return q.n() == null
                ? context.messages().get("count.suppressedMarker")
                : context.numbers().count(q.n());
    }

    /** "18–22 (20)", "≥ 5", "≤ 3", "(20,5)". */
    private String quotaText(QuotaFulfilment q) {
        DisplayNumbers n = context.numbers();
        String bounds = q.min() != null && q.max() != null
                ? n.count(q.min()) + "\u2013" + n.count(q.max())
                : q.min() != null ? "\u2265 " + n.count(q.min()) : q.max() != null ? "\u2264 " + n.count(q.max()) : "";
        String target = q.target() == null ? "" : "(" + n.count(q.target()) + ")";
        return (bounds + " " + target).strip();
    }

    private java.util.Optional<String> distance(List<QuotaFulfilment> quotas, String stage) {
        return quotas.stream()
                .filter(q -> q.stage().equals(stage) && q.weightedDistance() != null)
                .findFirst()
                .map(q -> context.numbers().decimal(q.weightedDistance(), 2));
    }

    private ReportView.FairnessView fairness(List<SelectionFairness> fairness, List<SelectionFairnessGroup> groups) {
        if (fairness.isEmpty()) {
            return null;
        }
        SelectionFairness f = fairness.get(0);
        Messages m = context.messages();
        DisplayNumbers n = context.numbers();
        List<String> facts = List.of(
                m.get("assembly.fairness.pool", n.count(f.nPool()), n.decimal(f.expectedPanelSize(), 1)),
                m.get(
                        "assembly.fairness.range",
                        n.percent(f.minProbability(), 1),
                        n.percent(f.maxProbability(), 1),
                        n.percent(f.meanProbability(), 1)),
                m.get("assembly.fairness.gini", n.decimal(f.gini(), 3), n.percent(f.shareBelowHalfMean(), 0)));
        List<ReportView.FairnessGroupView> rows = groups.stream()
                .map(g -> new ReportView.FairnessGroupView(
                        context.labels().dimension(g.dimension()),
                        context.labels().category(g.dimension(), g.category()),
                        g.nPool() == null ? m.get("count.suppressedMarker") : n.count(g.nPool()),
                        n.percent(g.meanProbability(), 1),
                        n.percent(g.responseRate(), 1),
                        n.percent(g.endToEndProbability(), 2)))
                .toList();
        return new ReportView.FairnessView(facts, rows, groups.stream().anyMatch(g -> g.responseRate() != null));
    }
}
