package se.spegel.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** Reading district shapes: WGS84 projected to SWEREF 99 TM, SWEREF 99 TM kept, bad files named in one line. */
class DistrictBoundariesTest {

    @TempDir
    Path dir;

    static Path fixture() throws Exception {
        return Paths.get(DistrictBoundariesTest.class
                .getResource("/boundaries/districts-wgs84.geojson")
                .toURI());
    }

    /**
     * Northing of a point on SWEREF 99 TM's central meridian (15° E): k0 · meridian arc of GRS80, by
     * Helmert's series (e.g. Lantmäteriet, "Gauss conformal projection", formulas for the meridian arc):
     * M = a/(1+n) [(1 + n²/4 + n⁴/64) φ − 3/2 (n − n³/8) sin 2φ + 15/16 (n² − n⁴/4) sin 4φ − 35/48 n³ sin 6φ
     * + 315/512 n⁴ sin 8φ], with a = 6 378 137, f = 1/298.257222101, n = f/(2 − f), k0 = 0.9996.
     */
    private static double northingOnCentralMeridian(double latitudeDegrees) {
        double a = 6_378_137;
        double f = 1 / 298.257222101;
        double n = f / (2 - f);
        double phi = Math.toRadians(latitudeDegrees);
        double arc = a
                / (1 + n)
                * ((1 + n * n / 4 + Math.pow(n, 4) / 64) * phi
                        - 1.5 * (n - Math.pow(n, 3) / 8) * Math.sin(2 * phi)
                        + 15.0 / 16 * (n * n - Math.pow(n, 4) / 4) * Math.sin(4 * phi)
                        - 35.0 / 48 * Math.pow(n, 3) * Math.sin(6 * phi)
                        + 315.0 / 512 * Math.pow(n, 4) * Math.sin(8 * phi));
        return 0.9996 * arc;
    }

    @Test
    void wgs84CornersOnTheCentralMeridianLandOnSwerefsFalseEastingAndTheMeridianArc() throws Exception {
        DistrictBoundaries shapes = DistrictBoundaries.read(fixture());
        assertThat(shapes.codes()).containsExactly("9901R001", "9901R002", "9901R003", "0180C1010");
        Coordinate corner = shapes.shape("9901R001").getCoordinates()[0]; // 15° E, 59° N
        assertThat(corner.x).isCloseTo(500_000, within(0.01));
        assertThat(corner.y).isCloseTo(northingOnCentralMeridian(59.0), within(0.01));
        Coordinate north = shapes.shape("9901R002").getCoordinates()[3]; // 15° E, 59.06° N
        assertThat(north.y).isCloseTo(northingOnCentralMeridian(59.06), within(0.01));
        Geometry island = shapes.shape("9901R003");
        assertThat(island.getNumGeometries()).isEqualTo(2);
    }

    @Test
    void swerefCoordinatesAreKeptAsTheyAreWithOrWithoutACrsMember() throws Exception {
        String polygon = "{\"type\":\"Feature\",\"properties\":{\"area_code\":\"0180C1010\"},\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[674000,6580000],[675000,6580000],[675000,6581000],[674000,6580000]]]}}";
        Path named = dir.resolve("named.geojson");
        Files.writeString(
                named,
                "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                        + "{\"name\":\"urn:ogc:def:crs:EPSG::3006\"}},\"features\":[" + polygon + "]}");
        Path plain = dir.resolve("plain.geojson");
        Files.writeString(plain, "{\"type\":\"FeatureCollection\",\"features\":[" + polygon + "]}");
        for (Path file : new Path[] {named, plain}) {
            Coordinate first = DistrictBoundaries.read(file).shape("0180C1010").getCoordinates()[0];
            assertThat(first.x).isEqualTo(674000);
            assertThat(first.y).isEqualTo(6580000);
        }
    }

    @Test
    void badFilesAreOneLineErrorsNamingTheFileAndTheFeature() throws Exception {
        assertError("{\"type\":\"FeatureCollection\",\n \"features\": [ {\"type\": }", "not GeoJSON", "line 2");
        assertError("{\"type\":\"Feature\"}", "is not a GeoJSON FeatureCollection");
        assertError("{\"type\":\"FeatureCollection\",\"features\":[]}", "has no features");
        assertError(
                collection("{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + square(15) + "}"),
                "feature 1 has no properties.area_code");
        assertError(
                collection(feature("A1", "{\"type\":\"Point\",\"coordinates\":[15,59]}")),
                "feature 1 (area_code A1): geometry is a Point; a district must be a Polygon or MultiPolygon");
        assertError(
                collection(feature("A1", square(15)) + "," + feature("A1", square(16))),
                "feature 2 (area_code A1): a second feature with the same area_code");
        assertError(
                collection(feature(
                        "A1", "{\"type\":\"Polygon\",\"coordinates\":[[[1e9,1e9],[2e9,1e9],[2e9,2e9],[1e9,1e9]]]}")),
                "neither WGS84 longitude/latitude nor SWEREF 99 TM");
        assertError(
                "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:3021\"}},"
                        + "\"features\":[" + feature("A1", square(15)) + "]}",
                "coordinates are in EPSG:3021");
        assertThatThrownBy(() -> DistrictBoundaries.read(dir.resolve("absent.geojson")))
                .isInstanceOf(InvalidMetricsException.class)
                .hasMessageContaining("absent.geojson: boundaries file not found");
    }

    private void assertError(String json, String... parts) throws Exception {
        Path file = dir.resolve("bad.geojson");
        Files.writeString(file, json);
        assertThatThrownBy(() -> DistrictBoundaries.read(file))
                .isInstanceOf(InvalidMetricsException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageNotContaining("\n")
                .satisfies(e -> {
                    for (String part : parts) {
                        assertThat(e.getMessage()).contains(part);
                    }
                });
    }

    private static String collection(String features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}";
    }

    private static String feature(String code, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"area_code\":\"" + code + "\"},\"geometry\":" + geometry + "}";
    }

    private static String square(double lon) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[" + lon + ",59],[" + (lon + 0.1) + ",59],[" + (lon + 0.1)
                + ",59.1],[" + lon + ",59]]]}";
    }
}
