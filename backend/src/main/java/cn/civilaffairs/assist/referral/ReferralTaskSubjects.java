package cn.civilaffairs.assist.referral;

import static cn.civilaffairs.assist.referral.ReferralProcesses.*;

import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.workflow.DomainTask;
import cn.civilaffairs.assist.workflow.TaskSubjectProvider;
import cn.civilaffairs.assist.referral.internal.BatchRepository;
import cn.civilaffairs.assist.referral.internal.ItemRepository;
import cn.civilaffairs.assist.workflow.TaskSubjectResolver;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What referral tasks are about: the inbox line (business key ZJ…: the charity and how many persons)
 * and, for the task screens, the batch and its open warnings ({@code GET /api/tasks/{id}/subject}).
 */
@Component
class ReferralTaskSubjects implements TaskSubjectResolver, TaskSubjectProvider {
    private final BatchRepository batches;
    private final ItemRepository items;
    private final OrgService orgs;
    private final ReferralQueries queries;

    ReferralTaskSubjects(BatchRepository batches, ItemRepository items, OrgService orgs, ReferralQueries queries) {
        this.batches = batches;
        this.items = items;
        this.orgs = orgs;
        this.queries = queries;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(FORM_RESPOND, FORM_PLAN, FORM_REVIEW, FORM_STALE);
    }

    /** The batch (and, for a stale referral, its open warnings). */
    @Override
    @PreAuthorize("hasAnyRole('CHARITY_STAFF','STREET_CLERK','DISTRICT_MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public TaskSubjectView subject(DomainTask task) {
        var batch = queries.visibleBatch(task.user(), task.variable(VAR_BATCH_NO, String.class));
        return new TaskSubjectView(task.formKey(), queries.view(task.user(), batch),
                FORM_STALE.equals(task.formKey()) ? queries.openWarnings(batch) : List.of());
    }

    @Override
    public Map<String, TaskSubject> resolve(Collection<String> businessKeys) {
        Map<String, TaskSubject> out = new HashMap<>();
        for (String key : businessKeys) {
            if (key != null && key.startsWith("ZJ")) {
                batches.findByBatchNo(key).ifPresent(b -> out.put(key, new TaskSubject(
                        "慈善转介 " + b.getBatchNo() + " · " + name(b.getCharityCode()) + " · "
                                + items.findByBatchIdOrderById(b.getId()).size() + " 人",
                        b.getOriginCode(), name(b.getOriginCode()))));
            }
        }
        return out;
    }

    private String name(String code) {
        return orgs.find(code).map(OrgUnit::getName).orElse(code);
    }
}
