package se.spegel.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgePyramidDataTest {
    @Test
    void aMissingParticipantBarBesideResidentsIsAWithheldCell() {
        AgePyramidData complete = new AgePyramidData(
                "age×gender", List.of(new AgePyramidData.Band("16-24", "16–24 år", 7.0, 6.5, 3.0, 4.0)));
        AgePyramidData withheld = new AgePyramidData(
                "age×gender", List.of(new AgePyramidData.Band("16-24", "16–24 år", 7.0, 6.5, null, 4.0)));
        assertThat(complete.hasWithheldParticipantCells()).isFalse();
        assertThat(withheld.hasWithheldParticipantCells()).isTrue();
    }
}
