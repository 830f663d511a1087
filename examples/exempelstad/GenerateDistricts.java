import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code districts.geojson}: made-up boundaries of Exempelstad's six RegSO districts (the codes of
 * areas.csv) for the demo's district map, in SWEREF 99 TM (EPSG:3006) metres as SCB exports its DeSO and
 * RegSO boundaries. The town is a 3 × 3 grid of blocks 2–3 km wide somewhere in Sweden's middle; each
 * district is a run of grid corners, and every edge between two corners gets a bent midpoint computed
 * from the edge alone, so neighbours share their border exactly and the shapes do not look like boxes.
 *
 * <p>Run: {@code java examples/exempelstad/GenerateDistricts.java examples/exempelstad}
 */
public class GenerateDistricts {

  static final double EAST = 560_000, NORTH = 6_620_000;
  static final double[] X_KM = {0, 3, 5.2, 8};
  static final double[] Y_KM = {0, 2.6, 5, 8};

  record District(String code, String name, int[][] corners) {
  }

  static final List<District> DISTRICTS = List.of(
      new District("9901R001", "Centrum", new int[][] {{1, 1}, {2, 1}, {2, 2}, {1, 2}}),
      new District("9901R002", "Norrstrand", new int[][] {{1, 2}, {2, 2}, {3, 2}, {3, 3}, {2, 3}, {1, 3}}),
      new District("9901R003", "Södra hamnen", new int[][] {{1, 0}, {2, 0}, {3, 0}, {3, 1}, {2, 1}, {1, 1}}),
      new District("9901R004", "Österäng", new int[][] {{2, 1}, {3, 1}, {3, 2}, {2, 2}}),
      new District("9901R005", "Västby", new int[][] {{0, 0}, {1, 0}, {1, 1}, {1, 2}, {0, 2}, {0, 1}}),
      new District("9901R006", "Kvarnbacken", new int[][] {{0, 2}, {1, 2}, {1, 3}, {0, 3}}));

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : ".");
    StringBuilder json = new StringBuilder("{\n  \"type\": \"FeatureCollection\",\n"
        + "  \"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::3006\"}},\n"
        + "  \"features\": [\n");
    for (int d = 0; d < DISTRICTS.size(); d++) {
      District district = DISTRICTS.get(d);
      List<double[]> ring = new ArrayList<>();
      int[][] c = district.corners();
      for (int i = 0; i < c.length; i++) {
        int[] a = c[i];
        int[] b = c[(i + 1) % c.length];
        ring.add(point(a));
        ring.add(bentMidpoint(a, b));
      }
      ring.add(ring.get(0));
      StringBuilder coords = new StringBuilder();
      for (double[] p : ring) {
        coords.append(coords.length() == 0 ? "" : ", ")
            .append(String.format(Locale.ROOT, "[%.0f, %.0f]", p[0], p[1]));
      }
      json.append("    {\"type\": \"Feature\", \"properties\": {\"area_code\": \"").append(district.code())
          .append("\", \"name\": \"").append(district.name()).append("\"},\n")
          .append("     \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[").append(coords).append("]]}}")
          .append(d < DISTRICTS.size() - 1 ? ",\n" : "\n");
    }
    json.append("  ]\n}\n");
    Files.writeString(folder.resolve("districts.geojson"), json.toString(), StandardCharsets.UTF_8);
  }

  static double[] point(int[] corner) {
    return new double[] {EAST + 1000 * X_KM[corner[0]], NORTH + 1000 * Y_KM[corner[1]]};
  }

  /** The edge's midpoint pushed sideways by up to ±450 m; the same for both directions of the edge. */
  static double[] bentMidpoint(int[] a, int[] b) {
    boolean ordered = a[0] < b[0] || a[0] == b[0] && a[1] < b[1];
    int[] p = ordered ? a : b;
    int[] q = ordered ? b : a;
    double[] from = point(p);
    double[] to = point(q);
    double dx = to[0] - from[0];
    double dy = to[1] - from[1];
    double length = Math.hypot(dx, dy);
    int hash = (p[0] * 31 + p[1]) * 17 + q[0] * 7 + q[1];
    double offset = ((hash % 7) - 3) * 150.0;
    return new double[] {(from[0] + to[0]) / 2 - dy / length * offset, (from[1] + to[1]) / 2 + dx / length * offset};
  }
}
