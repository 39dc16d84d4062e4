package cn.civilaffairs.assist.monitoring.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/** What the centre needs from a process's latest deployed model: names, user tasks and their limits. Cached per definition. */
@Component
public class ProcessModels {
    private static final Pattern WORKING_DAYS = Pattern.compile("^\\s*(\\d{1,3})\\s*WD\\s*$");

    private final RepositoryService repository;
    private final Map<String, Model> byDefinitionId = new ConcurrentHashMap<>();
    /** A deployed definition never changes: its XML is read once, not on every step-view call. */
    private final Map<String, String> xmlByDefinitionId = new ConcurrentHashMap<>();

    ProcessModels(RepositoryService repository) {
        this.repository = repository;
    }

    public record Step(String activityId, String name, Integer limitWorkingDays) {}

    /** A latest definition: its key and name, every flow node's name, its user tasks in document order. */
    public record Model(String definitionId, String key, String name, Map<String, String> names, List<Step> userTasks) {
        public String nameOf(String activityId) {
            return names.getOrDefault(activityId, activityId);
        }

        public boolean hasActivity(String activityId) {
            return names.containsKey(activityId);
        }
    }

    public Optional<Model> latest(String processKey) {
        ProcessDefinition d = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        return d == null ? Optional.empty() : Optional.of(model(d));
    }

    /** Latest definitions of every process, by key. */
    public Map<String, Model> allLatest() {
        Map<String, Model> out = new LinkedHashMap<>();
        for (ProcessDefinition d : repository.createProcessDefinitionQuery().latestVersion()
                .orderByProcessDefinitionKey().asc().list()) {
            out.put(d.getKey(), model(d));
        }
        return out;
    }

    public String xml(Model model) {
        return xmlByDefinitionId.computeIfAbsent(model.definitionId(), id -> {
            try (InputStream in = repository.getProcessModel(id)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("BPMN of " + model.key() + " unreadable", e);
            }
        });
    }

    private Model model(ProcessDefinition d) {
        return byDefinitionId.computeIfAbsent(d.getId(), id -> {
            BpmnModelInstance bpmn = repository.getBpmnModelInstance(id);
            Map<String, String> names = new LinkedHashMap<>();
            Collection<FlowNode> nodes = bpmn.getModelElementsByType(FlowNode.class);
            for (FlowNode n : nodes) {
                names.put(n.getId(), n.getName() == null || n.getName().isBlank() ? n.getId() : n.getName());
            }
            List<Step> tasks = new ArrayList<>();
            for (UserTask t : bpmn.getModelElementsByType(UserTask.class)) {
                tasks.add(new Step(t.getId(), names.get(t.getId()), limit(t.getCamundaDueDate())));
            }
            return new Model(id, d.getKey(), d.getName() == null ? d.getKey() : d.getName(), names, List.copyOf(tasks));
        });
    }

    static Integer limit(String dueDate) {
        if (dueDate == null) {
            return null;
        }
        Matcher m = WORKING_DAYS.matcher(dueDate);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }
}
