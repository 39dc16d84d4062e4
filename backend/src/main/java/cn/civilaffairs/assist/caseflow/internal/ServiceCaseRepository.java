package cn.civilaffairs.assist.caseflow.internal;

import cn.civilaffairs.assist.caseflow.CaseStatus;
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

public interface ServiceCaseRepository extends JpaRepository<ServiceCase, Long> {
    Optional<ServiceCase> findByCaseNo(String caseNo);

    /**
     * The case row locked for the rest of the transaction. Call it first: on MariaDB the
     * transaction's snapshot then starts after the lock is granted, so it sees what the previous
     * holder committed (e.g. a concurrent objection's review).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ServiceCase c where c.caseNo = :caseNo")
    Optional<ServiceCase> lockByCaseNo(@Param("caseNo") String caseNo);

    List<ServiceCase> findByCaseNoIn(Collection<String> caseNos);

    Optional<ServiceCase> findByOpenPersonId(Long personId);

    List<ServiceCase> findByPersonIdOrderByIdDesc(Long personId);

    /** Cases under an org node (code prefix), optionally by status and by name or case number. */
    @Query("""
            select c from ServiceCase c
            where c.villageCode like concat(:orgPrefix, '%')
              and (:status is null or c.status = :status)
              and (:text is null or c.subjectName like concat('%', :text, '%') or c.caseNo like concat('%', :text, '%'))
            order by c.updatedAt desc, c.id desc""")
    Page<ServiceCase> search(String orgPrefix, CaseStatus status, String text, Pageable page);

    List<ServiceCase> findByIdIn(Collection<Long> ids);
}
