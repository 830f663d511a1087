package se.spegel.reports;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * District shapes for the district map, read from a GeoJSON FeatureCollection whose features carry the
 * district's code in {@code properties.area_code} (as SCB's DeSO and RegSO boundaries do once exported
 * with that column), each a Polygon or MultiPolygon. Coordinates are WGS84 longitude/latitude (RFC 7946)
 * or SWEREF 99 TM (EPSG:3006, SCB's own): a {@code crs} member naming EPSG:3006 or EPSG:4326/CRS84 says
 * which; without one, coordinates within ±180/±90 are WGS84 and all others must lie in SWEREF 99 TM's
 * range over Sweden. WGS84 is projected to SWEREF 99 TM with proj4j, so every shape is held in metres,
 * north up, ready to be scaled onto a page.
 */
public final class DistrictBoundaries {

    private static final String SWEREF = "EPSG:3006";
    private static final Envelope SWEREF_RANGE = new Envelope(0, 1_200_000, 6_000_000, 7_800_000);

    private final Path file;
    private final Map<String, Geometry> shapes;

    private DistrictBoundaries(Path file, Map<String, Geometry> shapes) {
        this.file = file;
        this.shapes = Collections.unmodifiableMap(shapes);
    }

    /** The file the shapes were read from. */
    public Path file() {
        return file;
    }

    /** Area codes in file order. */
    Set<String> codes() {
        return shapes.keySet();
    }

    /** The district's shape in SWEREF 99 TM metres, or null when the file has none for that code. */
    public Geometry shape(String areaCode) {
        return shapes.get(areaCode);
    }

    /**
     * Reads and checks a boundaries file.
     *
     * @throws InvalidMetricsException with one line naming the file (and the feature) when the file is
     *     missing, not JSON, not a FeatureCollection of polygons with area codes, or in another projection
     */
    public static DistrictBoundaries read(Path file) throws InvalidMetricsException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.newBufferedReader(file));
        } catch (NoSuchFileException e) {
            throw error(file, "boundaries file not found");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw error(
                    file,
                    (at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ")
                            + "not GeoJSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw error(file, "cannot be read: " + e.getMessage());
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw error(file, "is not a GeoJSON FeatureCollection (its \"type\" must be \"FeatureCollection\")");
        }
        JsonNode features = root.path("features");
        if (!features.isArray() || features.isEmpty()) {
            throw error(file, "the FeatureCollection has no features");
        }
        GeoJsonReader reader = new GeoJsonReader();
        Map<String, Geometry> shapes = new LinkedHashMap<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode feature = features.get(i);
            String where = "feature " + (i + 1);
            JsonNode code = feature.path("properties").path("area_code");
            if (!code.isTextual() && !code.isNumber() || code.asText().isBlank()) {
                throw error(file, where + " has no properties.area_code");
            }
            String areaCode = code.asText().trim();
            where += " (area_code " + areaCode + ")";
            JsonNode geometry = feature.path("geometry");
            String type = geometry.path("type").asText();
            if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
                throw error(
                        file,
                        where + ": geometry is " + (type.isEmpty() ? "missing" : "a " + type)
                                + "; a district must be a Polygon or MultiPolygon");
            }
            Geometry shape;
            try {
                shape = reader.read(geometry.toString());
            } catch (ParseException | RuntimeException e) {
                throw error(file, where + ": geometry cannot be read: " + e.getMessage());
            }
            if (shape.isEmpty()) {
                throw error(file, where + ": the geometry has no coordinates");
            }
            if (shapes.put(areaCode, shape) != null) {
                throw error(file, where + ": a second feature with the same area_code");
            }
        }
        boolean wgs84 = isWgs84(file, root.path("crs"), shapes);
        if (wgs84) {
            toSweref(shapes);
        }
        return new DistrictBoundaries(file, shapes);
    }

    /** WGS84 or SWEREF 99 TM, from the crs member or else from the coordinates' range. */
    private static boolean isWgs84(Path file, JsonNode crs, Map<String, Geometry> shapes)
            throws InvalidMetricsException {
        Envelope all = new Envelope();
        shapes.values().forEach(g -> all.expandToInclude(g.getEnvelopeInternal()));
        if (!crs.isMissingNode() && !crs.isNull()) {
            String name = crs.path("properties").path("name").asText().toUpperCase(Locale.ROOT);
            if (name.matches(".*EPSG:+3006")) {
                return false;
            }
            if (name.matches(".*EPSG:+4326") || name.endsWith("CRS84")) {
                return true;
            }
            throw error(
                    file,
                    "coordinates are in " + (name.isEmpty() ? "an unnamed crs" : name)
                            + "; give WGS84 (EPSG:4326) or SWEREF 99 TM (EPSG:3006)");
        }
        if (all.getMinX() >= -180 && all.getMaxX() <= 180 && all.getMinY() >= -90 && all.getMaxY() <= 90) {
            return true;
        }
        if (!SWEREF_RANGE.contains(all)) {
            throw error(
                    file,
                    "coordinates " + all + " are neither WGS84 longitude/latitude nor SWEREF 99 TM"
                            + " metres over Sweden; give EPSG:4326 or EPSG:3006");
        }
        return false;
    }

    /** Projects every coordinate from WGS84 (x = longitude, y = latitude) to SWEREF 99 TM with proj4j. */
    private static void toSweref(Map<String, Geometry> shapes) {
        CRSFactory crs = new CRSFactory();
        CoordinateTransform transform = new CoordinateTransformFactory()
                .createTransform(crs.createFromName("EPSG:4326"), crs.createFromName(SWEREF));
        ProjCoordinate in = new ProjCoordinate();
        ProjCoordinate out = new ProjCoordinate();
        for (Geometry shape : shapes.values()) {
            shape.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
                in.x = c.x;
                in.y = c.y;
                transform.transform(in, out);
                c.x = out.x;
                c.y = out.y;
            });
            shape.geometryChanged();
        }
    }

    private static InvalidMetricsException error(Path file, String message) {
        return new InvalidMetricsException(
                file + ": " + message.replaceAll("\\s+", " ").trim());
    }
}
