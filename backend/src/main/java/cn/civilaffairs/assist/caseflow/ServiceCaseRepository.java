package cn.civilaffairs.assist.caseflow;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ServiceCaseRepository extends JpaRepository<ServiceCase, Long> {
    Optional<ServiceCase> findByCaseNo(String caseNo);

    List<ServiceCase> findByCaseNoIn(Collection<String> caseNos);

    Optional<ServiceCase> findByOpenPersonId(Long personId);

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
