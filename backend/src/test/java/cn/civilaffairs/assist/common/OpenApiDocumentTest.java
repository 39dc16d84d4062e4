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
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;

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

        assertThat(ambiguousSchemaNames(JSON.readTree(actual)))
                .as("records of the same simple name share one schema in the document (springdoc keeps one of them);"
                        + " give the others @Schema(name = ...)")
                .isEmpty();
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

    /** Schema names that two or more of the app's records would take (their simple name, no @Schema name). */
    static Set<String> ambiguousSchemaNames(JsonNode document) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> "java.lang.Record".equals(reader.getClassMetadata().getSuperClassName()));
        Map<String, Integer> named = new TreeMap<>();
        Map<String, Integer> bySimpleName = new TreeMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("cn.civilaffairs.assist")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            if (type.getTypeParameters().length > 0) {
                continue; // springdoc names a generic record after its type arguments (PageOrderRow)
            }
            Schema schema = type.getAnnotation(Schema.class);
            if (schema != null && !schema.name().isEmpty()) {
                named.merge(schema.name(), 1, Integer::sum);
            } else {
                bySimpleName.merge(type.getSimpleName(), 1, Integer::sum);
            }
        }
        // A name given with @Schema(name) is taken by that record; records that merely share a simple
        // name are ambiguous unless exactly one of them has been given the name explicitly.
        Set<String> ambiguous = new TreeSet<>();
        document.path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            int explicit = named.getOrDefault(name, 0);
            if (explicit > 1 || (explicit == 0 && bySimpleName.getOrDefault(name, 0) > 1)) {
                ambiguous.add(name);
            }
        });
        return ambiguous;
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
