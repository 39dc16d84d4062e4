package cn.civilaffairs.assist.support;

import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.caseflow.CaseService.LeadCommand;
import cn.civilaffairs.assist.caseflow.FocusGroup;
import cn.civilaffairs.assist.caseflow.LeadSource;
import cn.civilaffairs.assist.person.ResidentIdNumber;
import java.util.concurrent.atomic.AtomicInteger;

/** Test leads with valid, distinct ID numbers. */
public final class Leads {
    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 500));

    private Leads() {}

    /** A valid ID number for a person born in 1950, unique within this test run. */
    public static String newIdNumber() {
        int n = SEQ.incrementAndGet();
        int day = 1 + (n / 1000) % 28;
        return ResidentIdNumber.withCheckCharacter("360199" + "1950" + "03" + "%02d".formatted(day)
                + "%03d".formatted(n % 1000)).value();
    }

    public static LeadCommand lead(String villageCode, String name) {
        return new LeadCommand(name, newIdNumber(), "13800000000", "测试地址1号", villageCode, LeadSource.OWN_VISIT,
                FocusGroup.NO_CARER, "测试线索：独居无人照料");
    }

    /** Opens a lead's case as the process would start it; returns the case number. */
    public static String open(CaseService cases, String villageCode, String name) {
        return cases.openLead(lead(villageCode, name), "test");
    }
}
