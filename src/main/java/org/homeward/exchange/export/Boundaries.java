package org.homeward.exchange.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The governorates' outlines for drawn maps, from the boundaries shipped with the gazetteer
 * ({@code reference/geo/syria/admin1.geojson}, OCHA COD-AB 2015, simplified). Read once: 14 features, 40 kB.
 */
@Component
class Boundaries {

    static final String FILE = "/reference/geo/syria/admin1.geojson";

    /** A governorate: its P-code and its rings of [longitude, latitude] points (outer rings and holes alike). */
    record Governorate(String pcode, List<double[][]> rings) {}

    private final List<Governorate> governorates;

    Boundaries() {
        this.governorates = read();
    }

    List<Governorate> governorates() {
        return governorates;
    }

    private static List<Governorate> read() {
        try (InputStream in = Boundaries.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("boundaries missing from the classpath: " + FILE);
            }
            JsonNode collection = JsonMapper.builder().build().readTree(in);
            List<Governorate> result = new ArrayList<>();
            for (JsonNode feature : collection.get("features")) {
                JsonNode geometry = feature.get("geometry");
                List<double[][]> rings = new ArrayList<>();
                switch (geometry.get("type").asString()) {
                    case "Polygon" -> addRings(geometry.get("coordinates"), rings);
                    case "MultiPolygon" -> geometry.get("coordinates").forEach(polygon -> addRings(polygon, rings));
                    default -> throw new IllegalStateException("unexpected geometry " + geometry.get("type"));
                }
                result.add(
                        new Governorate(feature.get("properties").get("PCODE").asString(), List.copyOf(rings)));
            }
            return List.copyOf(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addRings(JsonNode polygon, List<double[][]> rings) {
        for (JsonNode ring : polygon) {
            double[][] points = new double[ring.size()][];
            for (int i = 0; i < ring.size(); i++) {
                points[i] = new double[] {
                    ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble()
                };
            }
            rings.add(points);
        }
    }
}
