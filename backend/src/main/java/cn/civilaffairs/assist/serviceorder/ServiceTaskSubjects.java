package cn.civilaffairs.assist.serviceorder;

import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.serviceorder.internal.StatementRepository;
import cn.civilaffairs.assist.workflow.TaskSubjectResolver;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Inbox subjects for statement reviews (business key JS…); order and spot-check tasks carry case numbers. */
@Component
class ServiceTaskSubjects implements TaskSubjectResolver {
    private final StatementRepository statements;
    private final ServiceQueries queries;
    private final OrgService orgs;

    ServiceTaskSubjects(StatementRepository statements, ServiceQueries queries, OrgService orgs) {
        this.statements = statements;
        this.queries = queries;
        this.orgs = orgs;
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
