package cn.civilaffairs.assist.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.IntegrationTest;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The committed {@code frontend/openapi.json} is the document the app serves at {@code /v3/api-docs}.
 * The frontend's API types are generated from that file ({@code npm run gen:api}), so a changed
 * endpoint or view that is not written back fails here, and a stale schema fails the frontend build.
 *
 * <p>Regenerate with {@code ./mvnw -B -q -pl backend test -Dtest=OpenApiDocumentTest
 * -Dopenapi.write=true -DskipMariaDbTests=true}, then {@code cd frontend && npm run gen:api}.
 *
 * <p>The document is normalised so it does not depend on the run: the server URL (random port) is
 * dropped, object keys are sorted, and the tag list is sorted by name.
 */
@IntegrationTest
class OpenApiDocumentTest {
    static final Path DOCUMENT = Path.of("..", "frontend", "openapi.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;

    @Test
    void committedDocumentMatchesTheServedOne() throws IOException {
        // The document needs a signed-in user (README, "Browser headers and the prod profile").
        ApiClient.Response served = ApiClient.signedIn(port, "admin").get("/v3/api-docs");
        assertThat(served.status()).isEqualTo(200);
        String actual = render(normalise(JSON.readTree(served.body())));

        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(DOCUMENT, actual, StandardCharsets.UTF_8);
            return;
        }
        String committed = Files.exists(DOCUMENT) ? Files.readString(DOCUMENT, StandardCharsets.UTF_8) : "";
        assertThat(committed)
                .as("frontend/openapi.json differs from /v3/api-docs. An endpoint or view changed: regenerate with\n"
                        + "  ./mvnw -B -q -pl backend test -Dtest=OpenApiDocumentTest -Dopenapi.write=true"
                        + " -DskipMariaDbTests=true -Dsurefire.failIfNoSpecifiedTests=false\n"
                        + "  cd frontend && npm run gen:api\n"
                        + "and commit both frontend/openapi.json and frontend/src/lib/api/schema.d.ts")
                .isEqualTo(actual);
    }

    static JsonNode normalise(JsonNode document) {
        ObjectNode root = (ObjectNode) document;
        root.remove("servers");
        if (root.get("tags") instanceof ArrayNode tags) {
            List<JsonNode> sorted = new ArrayList<>();
            tags.forEach(sorted::add);
            sorted.sort(Comparator.comparing(t -> t.path("name").asText()));
            tags.removeAll();
            tags.addAll(sorted);
        }
        return sortKeys(root);
    }

    private static JsonNode sortKeys(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            object.fields().forEachRemaining(e -> sorted.put(e.getKey(), sortKeys(e.getValue())));
            ObjectNode copy = JSON.createObjectNode();
            sorted.forEach(copy::set);
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JSON.createArrayNode();
            array.forEach(item -> copy.add(sortKeys(item)));
            return copy;
        }
        return node;
    }

    private static String render(JsonNode node) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return JSON.writer(printer).writeValueAsString(node) + "\n";
    }
}
