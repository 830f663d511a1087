package se.spegel.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcessFolderNameTest {

  @Test
  void keepsSafeCharactersAndReplacesOthers() throws Exception {
    assertThat(ProcessFolderName.of("budget-2024_v1.2")).isEqualTo("budget-2024_v1.2");
    assertThat(ProcessFolderName.of("öppet möte/../x")).isEqualTo("_ppet_m_te_.._x");
  }

  @Test
  void refusesNamesThatPointOutsideTheOutputFolder() {
    assertThatThrownBy(() -> ProcessFolderName.of(".")).isInstanceOf(InvalidMetricsException.class);
    assertThatThrownBy(() -> ProcessFolderName.of("..")).isInstanceOf(InvalidMetricsException.class);
  }
}
