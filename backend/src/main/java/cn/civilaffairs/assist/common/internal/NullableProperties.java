package cn.civilaffairs.assist.common.internal;

import cn.civilaffairs.assist.common.OpenApiContributor;
import cn.civilaffairs.assist.common.MayBeNull;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Writes into the OpenAPI document what Java records cannot tell springdoc: which properties of an
 * answer may be null, and that all the others are always there.
 *
 * <p>For every schema that a response reaches (directly or nested) and that is one of the app's
 * records: each component marked {@link MayBeNull} is typed {@code [X, "null"]} (OpenAPI 3.1; a
 * reference becomes {@code oneOf: [ref, {type: null}]}, an enum also lists {@code null}), and every
 * component is listed under {@code required} (Jackson writes every component, null or not). Request
 * bodies keep their own {@code required} (from {@code @NotNull}/{@code @NotBlank}): a client may omit
 * the rest. A schema's property name is the component's {@code @JsonProperty} or {@code @Schema(name)}
 * when it has one; a record's schema name is its {@code @Schema(name)} or simple name, and a generic
 * record ({@code Page<T>}) is found under its name followed by the type argument's
 * ({@code PageCaseSummary}).
 */
@Component
class NullableProperties implements GlobalOpenApiCustomizer {
    private static final String BASE_PACKAGE = "cn.civilaffairs.assist";
    private static final String REF_PREFIX = "#/components/schemas/";

    private final Map<String, Class<?>> records = new HashMap<>();
    private final Map<String, Class<?>> genericRecords = new HashMap<>();

    private final List<OpenApiContributor> contributors;

    NullableProperties(List<OpenApiContributor> contributors) {
        this.contributors = contributors;
    }

    /** The app's records by schema name, scanned once, on the first document asked for (not at start-up). */
    private synchronized void scanRecords() {
        if (!records.isEmpty() || !genericRecords.isEmpty()) {
            return;
        }
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> "java.lang.Record".equals(reader.getClassMetadata().getSuperClassName()));
        for (BeanDefinition candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), getClass().getClassLoader());
            io.swagger.v3.oas.annotations.media.Schema named = type.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
            String name = named != null && !named.name().isEmpty() ? named.name() : type.getSimpleName();
            if (type.getTypeParameters().length > 0) {
                genericRecords.put(name, type);
            } else if (named != null && !named.name().isEmpty()) {
                records.put(name, type); // an explicit name wins over a simple name another record shares
            } else {
                records.putIfAbsent(name, type);
            }
        }
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void customise(OpenAPI api) {
        scanRecords();
        contributors.forEach(c -> c.contribute(api));
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Set<String> answered = reachable(schemas, responseRefs(api));
        for (String name : answered) {
            Schema schema = schemas.get(name);
            Class<?> type = recordFor(name, schemas.keySet());
            if (schema == null || type == null || schema.getProperties() == null) {
                continue;
            }
            Map<String, Schema> properties = schema.getProperties();
            List<String> required = schema.getRequired() == null ? new ArrayList<>() : new ArrayList<>(schema.getRequired());
            mark(name, type, properties, required);
            required.sort(null);
            schema.setRequired(required);
        }
    }

    /** Marks the components of {@code type} in {@code properties}; an unwrapped record's components count as its own. */
    @SuppressWarnings("rawtypes")
    private static void mark(String schemaName, Class<?> type, Map<String, Schema> properties, List<String> required) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (annotation(component, JsonIgnore.class) != null) {
                continue;
            }
            if (annotation(component, JsonUnwrapped.class) != null && component.getType().isRecord()) {
                mark(schemaName, component.getType(), properties, required);
                continue;
            }
            String property = propertyName(component);
            Schema value = properties.get(property);
            if (value == null) {
                throw new IllegalStateException("record " + type.getName() + " component " + component.getName()
                        + " has no property \"" + property + "\" in schema " + schemaName);
            }
            if (component.isAnnotationPresent(MayBeNull.class)) {
                properties.put(property, nullable(value));
            }
            if (!required.contains(property)) {
                required.add(property);
            }
        }
    }

    private Class<?> recordFor(String schemaName, Set<String> allNames) {
        Class<?> type = records.get(schemaName);
        if (type != null) {
            return type;
        }
        for (var generic : genericRecords.entrySet()) {
            String rest = schemaName.startsWith(generic.getKey()) ? schemaName.substring(generic.getKey().length()) : null;
            if (rest != null && allNames.contains(rest)) {
                return generic.getValue();
            }
        }
        return null;
    }

    /** The JSON name Jackson writes for this component. */
    private static String propertyName(RecordComponent component) {
        JsonProperty json = annotation(component, JsonProperty.class);
        if (json != null && !json.value().isEmpty()) {
            return json.value();
        }
        io.swagger.v3.oas.annotations.media.Schema schema =
                annotation(component, io.swagger.v3.oas.annotations.media.Schema.class);
        if (schema != null && !schema.name().isEmpty()) {
            return schema.name();
        }
        return component.getName();
    }

    /** An annotation on the component, its accessor or its field (where Java propagates it by @Target). */
    private static <A extends Annotation> A annotation(RecordComponent component, Class<A> kind) {
        List<AnnotatedElement> places = new ArrayList<>();
        places.add(component);
        places.add(component.getAccessor());
        try {
            places.add(component.getDeclaringRecord().getDeclaredField(component.getName()));
        } catch (NoSuchFieldException e) {
            // every component has its field; nothing to look at otherwise
        }
        for (AnnotatedElement place : places) {
            A found = place.getAnnotation(kind);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullable(Schema value) {
        if (value.get$ref() != null) {
            Schema ref = new Schema().$ref(value.get$ref());
            Schema none = new Schema();
            none.addType("null");
            Schema either = new Schema();
            either.setOneOf(new ArrayList<>(List.of(ref, none)));
            if (value.getDescription() != null) {
                either.setDescription(value.getDescription());
            }
            return either;
        }
        Set<String> types = new LinkedHashSet<>();
        if (value.getTypes() != null) {
            types.addAll(value.getTypes());
        } else if (value.getType() != null) {
            types.add(value.getType());
        }
        if (types.isEmpty()) {
            return value; // no type to widen (free-form): null is already allowed
        }
        types.add("null");
        value.setTypes(types);
        if (value.getEnum() != null && !value.getEnum().contains(null)) {
            List values = new ArrayList(value.getEnum());
            values.add(null);
            value.setEnum(values);
        }
        return value;
    }

    /** Schema names referenced by any response of any operation. */
    private static Set<String> responseRefs(OpenAPI api) {
        Set<String> names = new HashSet<>();
        if (api.getPaths() == null) {
            return names;
        }
        for (PathItem item : api.getPaths().values()) {
            for (Operation operation : item.readOperations()) {
                if (operation.getResponses() == null) {
                    continue;
                }
                operation.getResponses().values().forEach(response -> {
                    if (response.getContent() != null) {
                        response.getContent().values().forEach(media -> collectRefs(media.getSchema(), names));
                    }
                });
            }
        }
        return names;
    }

    /** The schemas reachable from these, through properties, items and compositions. */
    @SuppressWarnings("rawtypes")
    private static Set<String> reachable(Map<String, Schema> schemas, Set<String> start) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(start);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (seen.add(name) && schemas.get(name) != null) {
                Set<String> next = new HashSet<>();
                collectRefs(schemas.get(name), next);
                todo.addAll(next);
            }
        }
        return seen;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void collectRefs(Schema schema, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null && schema.get$ref().startsWith(REF_PREFIX)) {
            names.add(schema.get$ref().substring(REF_PREFIX.length()));
        }
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).values().forEach(p -> collectRefs(p, names));
        }
        collectRefs(schema.getItems(), names);
        if (schema.getAdditionalProperties() instanceof Schema additional) {
            collectRefs(additional, names);
        }
        for (List<Schema> parts : new List[] {schema.getOneOf(), schema.getAnyOf(), schema.getAllOf()}) {
            if (parts != null) {
                parts.forEach(p -> collectRefs(p, names));
            }
        }
    }

}
