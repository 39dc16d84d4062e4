package cn.civilaffairs.assist.onedoor;

import cn.civilaffairs.assist.care.CareEnrolmentRef;
import cn.civilaffairs.assist.caseflow.PersonCase;
import cn.civilaffairs.assist.common.MayBeNull;
import cn.civilaffairs.assist.person.Gender;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything about one resident in one place: who (ID number masked as on the case page), every one-door intake with
 * its routes and outcomes, the person's cases and care enrolment.
 */
public record PersonPage(long personId, String name, String idNumberMasked, Gender gender, LocalDate birthDate,
        @MayBeNull String phone, @MayBeNull String address, String villageCode, String villageName,
        List<IntakeView> intakes, List<PersonCase> cases, @MayBeNull CareEnrolmentRef care) {}
