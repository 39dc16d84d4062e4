package cn.civilaffairs.assist.referral;

import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.referral.internal.BatchRepository;
import cn.civilaffairs.assist.referral.internal.ItemRepository;
import cn.civilaffairs.assist.workflow.TaskSubjectResolver;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Inbox subjects for referral tasks (business key ZJ…): the charity and how many persons. */
@Component
class ReferralTaskSubjects implements TaskSubjectResolver {
    private final BatchRepository batches;
    private final ItemRepository items;
    private final OrgService orgs;

    ReferralTaskSubjects(BatchRepository batches, ItemRepository items, OrgService orgs) {
        this.batches = batches;
        this.items = items;
        this.orgs = orgs;
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
