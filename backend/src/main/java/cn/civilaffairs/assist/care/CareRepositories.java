package cn.civilaffairs.assist.care;

import cn.civilaffairs.assist.care.CareRecords.Assignment;
import cn.civilaffairs.assist.care.CareRecords.Emergency;
import cn.civilaffairs.assist.care.CareRecords.Event;
import cn.civilaffairs.assist.care.CareRecords.Problem;
import cn.civilaffairs.assist.care.CareRecords.Visit;
import cn.civilaffairs.assist.care.CareRecords.Warning;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

// The care module's repositories, package-private: other modules go through CareService.

interface CareEnrolments extends JpaRepository<CareEnrolment, Long> {
    Optional<CareEnrolment> findByEnrolmentNo(String enrolmentNo);

    Optional<CareEnrolment> findByActivePersonId(Long personId);

    /**
     * The lapse sweep: one range scan on (status, warn_on). Rows with an open warning are
     * already lapsed, so the scan grows with lapses, not with the people monitored.
     */
    @Query("select e from CareEnrolment e where e.status = cn.civilaffairs.assist.care.EnrolmentStatus.ACTIVE"
            + " and e.warnOn <= :today and e.openWarningId is null order by e.id")
    List<CareEnrolment> findNewLapses(@Param("today") LocalDate today);

    /** Due tomorrow or earlier and someone responsible: the daily digests. */
    @Query("select e from CareEnrolment e where e.status = cn.civilaffairs.assist.care.EnrolmentStatus.ACTIVE"
            + " and e.nextDueOn <= :until order by e.villageCode, e.nextDueOn, e.id")
    List<CareEnrolment> findDueUntil(@Param("until") LocalDate until);

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
            + "      (select p.id from Person p where p.name like :textLike))"
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
            + "      (select p.id from Person p where p.name like :textLike))"
            + " and (:dueBefore is null or e.nextDueOn <= :dueBefore)"
            + " and (:dueAfter is null or e.nextDueOn > :dueAfter)")
    Page<CareEnrolment> search(@Param("scope") String scopePrefix, @Param("village") String villageCode,
            @Param("level") Integer level, @Param("status") EnrolmentStatus status,
            @Param("responsible") String responsible, @Param("text") String text,
            @Param("textLike") String textLike, @Param("dueBefore") LocalDate dueBefore,
            @Param("dueAfter") LocalDate dueAfter, Pageable pageable);
}

interface CareVisits extends JpaRepository<Visit, Long> {
    List<Visit> findByEnrolmentIdOrderByVisitedAtDesc(Long enrolmentId);
}

interface CareWarnings extends JpaRepository<Warning, Long> {
    List<Warning> findByEnrolmentIdOrderByRaisedAtDesc(Long enrolmentId);

    List<Warning> findByEnrolmentIdAndResolvedAtIsNull(Long enrolmentId);

    List<Warning> findByIdIn(Collection<Long> ids);
}

interface CareAssignments extends JpaRepository<Assignment, Long> {
    List<Assignment> findByEnrolmentIdOrderByAssignedAtDesc(Long enrolmentId);

    List<Assignment> findByEnrolmentIdAndEndedAtIsNull(Long enrolmentId);
}

interface CareEmergencies extends JpaRepository<Emergency, Long> {
    @Query("select e from CareEmergency e where e.liftedAt is null and e.startsOn <= :day"
            + " and (e.endsOn is null or e.endsOn >= :day)")
    List<Emergency> findActiveOn(@Param("day") LocalDate day);

    List<Emergency> findAllByOrderByDeclaredAtDesc();
}

interface CareProblems extends JpaRepository<Problem, Long> {
    List<Problem> findByEnrolmentIdOrderByCreatedAtDesc(Long enrolmentId);

    List<Problem> findByStatusAndDueOnGreaterThanEqual(String status, LocalDate from);
}

interface CareEvents extends JpaRepository<Event, Long> {
    List<Event> findByEnrolmentIdOrderByOccurredAtDescIdDesc(Long enrolmentId);
}
