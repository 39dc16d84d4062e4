package cn.civilaffairs.assist.care;

import cn.civilaffairs.assist.care.internal.CareEnrolments;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Whether a person is under care monitoring, for other modules' pages (the caller has checked the scope). */
@Service
public class CareEnrolmentLookup {
    private final CareEnrolments enrolments;

    CareEnrolmentLookup(CareEnrolments enrolments) {
        this.enrolments = enrolments;
    }

    @Transactional(readOnly = true)
    public Optional<CareEnrolmentRef> of(long personId) {
        return enrolments.findByActivePersonId(personId)
                .map(e -> new CareEnrolmentRef(e.getEnrolmentNo(), e.getLevel(), e.getStatus()));
    }
}
