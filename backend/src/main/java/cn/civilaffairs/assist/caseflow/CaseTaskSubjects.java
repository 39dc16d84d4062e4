package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.workflow.TaskSubjectResolver;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
class CaseTaskSubjects implements TaskSubjectResolver {
    private final CaseService caseService;

    CaseTaskSubjects(CaseService caseService) {
        this.caseService = caseService;
    }

    @Override
    public Map<String, TaskSubject> resolve(Collection<String> businessKeys) {
        Map<String, TaskSubject> result = new HashMap<>();
        caseService.refs(businessKeys).forEach((caseNo, ref) ->
                result.put(caseNo, new TaskSubject(ref.recipientName(), ref.villageCode(), ref.villageName())));
        return result;
    }
}
