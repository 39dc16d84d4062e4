package cn.civilaffairs.assist.care.internal;

import cn.civilaffairs.assist.care.EnrolmentStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

// The care module's repositories (implementation, not API): other modules go through CareService.

public interface CareEnrolments extends JpaRepository<CareEnrolment, Long> {
    Optional<CareEnrolment> findByEnrolmentNo(String enrolmentNo);

    Optional<CareEnrolment> findByActivePersonId(Long personId);

    @Query("select e from CareEnrolment e where e.status = cn.civilaffairs.assist.care.EnrolmentStatus.ACTIVE"
            + " and (e.inEmergency = true or e.villageCode like :prefix)")
    List<CareEnrolment> findForEmergencyCheck(@Param("prefix") String prefix);

    @Query("select e from CareEnrolment e where e.status = cn.civilaffairs.assist.care.EnrolmentStatus.ACTIVE"
            + " and e.inEmergency = true")
    List<CareEnrolment> findInEmergency();

    @Query(value = "select e from CareEnrolment e where e.villageCode like :scope"
            + " and (:village is null or e.villageCode = :village)"
            + " and (:level is null or e.level = :level)"
            + " and (:status is null or e.status = :status)"
            + " and (:responsible is null or e.responsibleUsername = :responsible)"
            + " and (:text is null or e.enrolmentNo = :text or e.personId in"
            + "      :namedPersonIds)"
            + " and (:dueBefore is null or e.nextDueOn <= :dueBefore)"
            + " and (:dueAfter is null or e.nextDueOn > :dueAfter)"
            + " order by case when e.openWarningId is null then 1 else 0 end,"
            + " case when e.nextDueOn is null then 1 else 0 end, e.nextDueOn, e.id",
            countQuery = "select count(e) from CareEnrolment e where e.villageCode like :scope"
            + " and (:village is null or e.villageCode = :village)"
            + " and (:level is null or e.level = :level)"
            + " and (:status is null or e.status = :status)"
            + " and (:responsible is null or e.responsibleUsername = :responsible)"
            + " and (:text is null or e.enrolmentNo = :text or e.personId in"
            + "      :namedPersonIds)"
            + " and (:dueBefore is null or e.nextDueOn <= :dueBefore)"
            + " and (:dueAfter is null or e.nextDueOn > :dueAfter)")
    Page<CareEnrolment> search(@Param("scope") String scopePrefix, @Param("village") String villageCode,
            @Param("level") Integer level, @Param("status") EnrolmentStatus status,
            @Param("responsible") String responsible, @Param("text") String text,
            @Param("namedPersonIds") Collection<Long> namedPersonIds, @Param("dueBefore") LocalDate dueBefore,
            @Param("dueAfter") LocalDate dueAfter, Pageable pageable);
}
