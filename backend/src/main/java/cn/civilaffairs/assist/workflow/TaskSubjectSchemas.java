package cn.civilaffairs.assist.workflow;

import cn.civilaffairs.assist.common.OpenApiContributor;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.BridgeMethodResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * {@code GET /api/tasks/{id}/subject} answers with the view of whichever module owns the task's
 * formKey. Workflow cannot name those views (the modules depend on it, not the reverse), so the
 * OpenAPI document learns them from the registered {@link TaskSubjectProvider}s: the response is
 * {@code oneOf} the declared return types of their {@code subject} methods, and the generated
 * frontend type is their union instead of an untyped object.
 */
@Component
class TaskSubjectSchemas implements OpenApiContributor {
    static final String PATH = "/api/tasks/{id}/subject";

    private final List<TaskSubjectProvider> providers;

    TaskSubjectSchemas(List<TaskSubjectProvider> providers) {
        this.providers = providers;
    }

    /** The view types the providers declare (a provider that declares only Object adds nothing). */
    List<Class<?>> subjectTypes() {
        Set<Class<?>> types = new TreeSet<>(Comparator.comparing(Class::getName));
        for (TaskSubjectProvider provider : providers) {
            // The method as written, not the compiler's bridge that returns Object.
            Method method = ReflectionUtils.findMethod(AopUtils.getTargetClass(provider), "subject", DomainTask.class);
            method = method == null ? null : BridgeMethodResolver.findBridgedMethod(method);
            if (method != null && method.getReturnType() != Object.class) {
                types.add(method.getReturnType());
            }
        }
        return List.copyOf(types);
    }

    @Override
    public void contribute(OpenAPI openApi) {
        PathItem path = openApi.getPaths() == null ? null : openApi.getPaths().get(PATH);
        Operation get = path == null ? null : path.getGet();
        ApiResponse ok = get == null || get.getResponses() == null ? null : get.getResponses().get("200");
        if (ok == null || ok.getContent() == null || subjectTypes().isEmpty()) {
            return;
        }
        ModelConverters converters = ModelConverters.getInstance(openApi.getSpecVersion() == SpecVersion.V31);
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        Map<String, Schema> known = openApi.getComponents().getSchemas() == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(openApi.getComponents().getSchemas());
        List<Schema> oneOf = new ArrayList<>();
        for (Class<?> type : subjectTypes()) {
            ResolvedSchema resolved = converters.resolveAsResolvedSchema(new AnnotatedType(type).resolveAsRef(true));
            if (resolved.referencedSchemas != null) {
                resolved.referencedSchemas.forEach(known::putIfAbsent);
            }
            oneOf.add(resolved.schema);
        }
        openApi.getComponents().setSchemas(known);
        Schema<Object> union = new Schema<>();
        union.setOneOf(oneOf);
        for (MediaType media : ok.getContent().values()) {
            media.setSchema(union);
        }
    }
}
