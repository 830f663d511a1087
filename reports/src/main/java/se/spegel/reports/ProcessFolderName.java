package se.spegel.reports;

/**
 * The folder name of a process's report: its id with every character outside {@code [A-Za-z0-9._-]}
 * replaced by {@code _}. Names that would point elsewhere ({@code .}, {@code ..}) or are empty are refused.
 */
final class ProcessFolderName {

  private ProcessFolderName() {
  }

  static String of(String processId) throws InvalidMetricsException {
    String name = processId.replaceAll("[^A-Za-z0-9._-]", "_");
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      throw new InvalidMetricsException("process_id '" + processId + "' cannot be used as a folder name");
    }
    return name;
  }
}
