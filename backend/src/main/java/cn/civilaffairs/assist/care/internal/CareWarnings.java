package cn.civilaffairs.assist.care.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

// The care module's repositories (implementation, not API): other modules go through CareService.

public interface CareWarnings extends JpaRepository<Warning, Long> {
    List<Warning> findByEnrolmentIdOrderByRaisedAtDesc(Long enrolmentId);

    List<Warning> findByEnrolmentIdAndResolvedAtIsNull(Long enrolmentId);

    List<Warning> findByIdIn(Collection<Long> ids);

    /**
     * The open warnings a visit is about to resolve, locked: a batch job starting their processes
     * has either committed (the visit's correlation reaches the process) or waits and then skips them.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from CareWarning w where w.enrolmentId = :enrolmentId and w.resolvedAt is null order by w.id")
    List<Warning> lockOpenByEnrolment(@Param("enrolmentId") Long enrolmentId);

    /** The warnings of one start batch still without a process, locked (a batch redone after a crash). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from CareWarning w where w.id between :fromId and :toId and w.processStartedAt is null"
            + " and w.resolvedAt is null order by w.id")
    List<Warning> lockUnstarted(@Param("fromId") long fromId, @Param("toId") long toId);
}
