package se.spegel.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessFolderNameTest {

  @Test
  void keepsSafeCharactersAndReplacesOthers() throws Exception {
    assertThat(ProcessFolderName.of("budget-2024_v1.2")).isEqualTo("budget-2024_v1.2");
    assertThat(ProcessFolderName.of("öppet möte/../x")).isEqualTo("_ppet_m_te_.._x");
  }

  @Test
  void namesThatWouldPointOutsideTheOutputFolderBecomePlainFolderNames() throws Exception {
    assertThat(ProcessFolderName.of(".")).isEqualTo("_");
    assertThat(ProcessFolderName.of("..")).isEqualTo("__");
    assertThat(ProcessFolderName.of("../../etc/passwd")).isEqualTo("_._.._etc_passwd");
    assertThat(ProcessFolderName.of("/tmp/x")).isEqualTo("_tmp_x");
    assertThat(ProcessFolderName.of("C:\\Windows\\x")).isEqualTo("C__Windows_x");
    assertThat(ProcessFolderName.of("a\u0000b")).isEqualTo("a_b");
    assertThat(ProcessFolderName.of(".hidden")).isEqualTo("_hidden");
  }

  @Test
  void windowsDeviceNamesAndTrailingDotsAreMadeSafe() throws Exception {
    assertThat(ProcessFolderName.of("CON")).isEqualTo("_CON");
    assertThat(ProcessFolderName.of("nul.txt")).isEqualTo("_nul.txt");
    assertThat(ProcessFolderName.of("com7")).isEqualTo("_com7");
    assertThat(ProcessFolderName.of("console")).isEqualTo("console");
    assertThat(ProcessFolderName.of("budget.")).isEqualTo("budget_");
  }

  @Test
  void overlongIdsAreShortenedAndStayDistinct() throws Exception {
    String a = ProcessFolderName.of("x".repeat(300) + "a");
    String b = ProcessFolderName.of("x".repeat(300) + "b");
    assertThat(a).hasSize(ProcessFolderName.MAX_LENGTH).startsWith("x".repeat(87) + "-").isNotEqualTo(b);
  }
}
