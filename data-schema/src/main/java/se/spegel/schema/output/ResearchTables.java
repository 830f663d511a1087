package se.spegel.schema.output;

import static se.spegel.schema.Columns.*;
import static se.spegel.schema.output.ColumnType.*;

/** The contracts of the research outputs: raking weights and the counterfactual budget. */
public final class ResearchTables {
    private ResearchTables() {}

    /** {@code weights/participant_weights}: the only output with person_id (pseudonymous). */
    public static final OutputTable<ParticipantWeight> PARTICIPANT_WEIGHTS = new OutputTable<ParticipantWeight>(
                    "participant_weights")
            .column(PROCESS_ID, STRING, ParticipantWeight::processId)
            .column(PERSON_ID, STRING, ParticipantWeight::personId)
            .column(WEIGHT, DOUBLE, ParticipantWeight::weight);

    public static final OutputTable<RakingDiagnostic> RAKING_DIAGNOSTICS = new OutputTable<RakingDiagnostic>(
                    "raking_diagnostics")
            .column(PROCESS_ID, STRING, RakingDiagnostic::processId)
            .column(STAGE, STRING, RakingDiagnostic::stage)
            .column(DIMENSION, STRING, RakingDiagnostic::dimension)
            .column(POPULATION_TABLE, STRING, RakingDiagnostic::populationTable)
            .column(N_RAKED, LONG, RakingDiagnostic::nRaked)
            .column(N_MISSING, LONG, RakingDiagnostic::nMissing)
            .column(N_NO_COUNTERPART, LONG, RakingDiagnostic::nNoCounterpart)
            .column(N_OUT_OF_SCOPE, LONG, RakingDiagnostic::nOutOfScope)
            .column(DISSIMILARITY_BEFORE, DOUBLE, RakingDiagnostic::dissimilarityBefore)
            .column(DISSIMILARITY_AFTER, DOUBLE, RakingDiagnostic::dissimilarityAfter)
            .column(MAX_MARGIN_ERROR, DOUBLE, RakingDiagnostic::maxMarginError)
            .column(ITERATIONS, INT, RakingDiagnostic::iterations)
            .column(CONVERGED, BOOLEAN, RakingDiagnostic::converged)
            .column(TRIMMED_CELLS, INT, RakingDiagnostic::trimmedCells)
            .column(DESIGN_EFFECT, DOUBLE, RakingDiagnostic::designEffect)
            .column(EFFECTIVE_N, DOUBLE, RakingDiagnostic::effectiveN)
            .column(WEIGHT_MIN, DOUBLE, RakingDiagnostic::weightMin)
            .column(WEIGHT_Q1, DOUBLE, RakingDiagnostic::weightQ1)
            .column(WEIGHT_MEDIAN, DOUBLE, RakingDiagnostic::weightMedian)
            .column(WEIGHT_Q3, DOUBLE, RakingDiagnostic::weightQ3)
            .column(WEIGHT_MAX, DOUBLE, RakingDiagnostic::weightMax);

    public static final OutputTable<ProjectOutcome> PROJECT_OUTCOMES = new OutputTable<ProjectOutcome>(
                    "project_outcomes")
            .column(PROCESS_ID, STRING, ProjectOutcome::processId)
            .column(PROJECT_ID, STRING, ProjectOutcome::projectId)
            .column(NAME, STRING, ProjectOutcome::name)
            .column(COST, LONG, ProjectOutcome::cost)
            .column(VOTES, LONG, ProjectOutcome::votes)
            .column(WEIGHTED_VOTES, DOUBLE, ProjectOutcome::weightedVotes)
            .column(SELECTED_OFFICIAL, BOOLEAN, ProjectOutcome::selectedOfficial)
            .column(SELECTED_UNWEIGHTED, BOOLEAN, ProjectOutcome::selectedUnweighted)
            .column(SELECTED_WEIGHTED, BOOLEAN, ProjectOutcome::selectedWeighted)
            .column(CHANGE, STRING, ProjectOutcome::change);
}
