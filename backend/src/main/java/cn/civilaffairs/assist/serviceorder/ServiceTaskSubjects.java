package cn.civilaffairs.assist.serviceorder;

import cn.civilaffairs.assist.security.RoleGroups;
import static cn.civilaffairs.assist.serviceorder.ServiceProcesses.*;

import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.workflow.DomainTask;
import cn.civilaffairs.assist.workflow.TaskSubjectProvider;
import cn.civilaffairs.assist.serviceorder.internal.StatementRepository;
import cn.civilaffairs.assist.workflow.TaskSubjectResolver;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What purchased-service tasks are about: the inbox line for statement reviews (business key JS…; order
 * and spot-check tasks carry case numbers) and, for the task screens, the order, spot check or statement
 * ({@code GET /api/tasks/{id}/subject}).
 */
@Component
class ServiceTaskSubjects implements TaskSubjectResolver, TaskSubjectProvider {
    private final StatementRepository statements;
    private final ServiceQueries queries;
    private final OrgService orgs;

    ServiceTaskSubjects(StatementRepository statements, ServiceQueries queries, OrgService orgs) {
        this.statements = statements;
        this.queries = queries;
        this.orgs = orgs;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(FORM_RESPOND, FORM_CHOOSE_PROVIDER, FORM_SPOT_CHECK, FORM_STATEMENT_REVIEW);
    }

    @Override
    @PreAuthorize(RoleGroups.OFFICIALS_AND_PROVIDERS)
    @Transactional(readOnly = true)
    public TaskSubjectView subject(DomainTask task) {
        return switch (task.formKey()) {
            case FORM_RESPOND, FORM_CHOOSE_PROVIDER -> new TaskSubjectView(task.formKey(),
                    queries.order(task.user(), task.variable(VAR_ORDER_NO, String.class)), null, null);
            case FORM_SPOT_CHECK -> new TaskSubjectView(task.formKey(), null,
                    queries.spotCheck(task.user(), task.variable(VAR_SPOT_CHECK_ID, Number.class).longValue()), null);
            case FORM_STATEMENT_REVIEW -> new TaskSubjectView(task.formKey(), null, null,
                    queries.statement(task.user(), task.variable(VAR_STATEMENT_NO, String.class)));
            default -> throw new NotFoundException("该任务不是购买服务任务。");
        };
    }

    /** An order's steps name its service item and carry its number: one person may have several orders. */
    @Override
    public TaskLine line(String taskKey, Function<String, Object> variables) {
        if ((TASK_RESPOND.equals(taskKey) || TASK_CHOOSE_PROVIDER.equals(taskKey))
                && variables.apply(VAR_ITEM_NAME) instanceof String item) {
            Object orderNo = variables.apply(VAR_ORDER_NO);
            return new TaskLine(item, orderNo instanceof String no ? no : null);
        }
        return null;
    }

    @Override
    public Map<String, TaskSubject> resolve(Collection<String> businessKeys) {
        Map<String, TaskSubject> out = new HashMap<>();
        for (String key : businessKeys) {
            if (key != null && key.startsWith("JS")) {
                statements.findByStatementNo(key).ifPresent(s -> out.put(key, new TaskSubject(
                        "结算单 " + s.getMonth() + " · " + queries.partyName(s), s.getStreetCode(),
                        orgs.find(s.getStreetCode()).map(OrgUnit::getName).orElse(s.getStreetCode()))));
            }
        }
        return out;
    }
}
