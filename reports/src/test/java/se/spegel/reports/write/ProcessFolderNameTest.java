package se.spegel.reports.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcessFolderNameTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
      budget-2024_v1.2  | budget-2024_v1.2
      öppet möte/../x   | _ppet_m_te_.._x
      .                 | _
      ..                | __
      ../../etc/passwd  | _._.._etc_passwd
      /tmp/x            | _tmp_x
      C:\\Windows\\x    | C__Windows_x
      .hidden           | _hidden
      CON               | _CON
      nul.txt           | _nul.txt
      com7              | _com7
      console           | console
      budget.           | budget_
      """)
    void idsBecomeFolderNamesThatStayInsideTheReportsFolderOnEverySystem(String processId, String folder)
            throws Exception {
        assertThat(ProcessFolderName.of(processId)).isEqualTo(folder);
    }

    @Test
    void nulCharacterIsReplaced() throws Exception {
        assertThat(ProcessFolderName.of("a\u0000b")).isEqualTo("a_b");
    }

    @Test
    void overlongIdsAreShortenedAndStayDistinct() throws Exception {
        String a = ProcessFolderName.of("x".repeat(300) + "a");
        String b = ProcessFolderName.of("x".repeat(300) + "b");
        assertThat(a)
                .hasSize(ProcessFolderName.MAX_LENGTH)
                .startsWith("x".repeat(87) + "-")
                .isNotEqualTo(b);
    }
}
