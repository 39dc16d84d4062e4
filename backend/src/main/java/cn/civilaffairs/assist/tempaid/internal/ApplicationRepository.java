package cn.civilaffairs.assist.tempaid.internal;

import cn.civilaffairs.assist.tempaid.AidStatus;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApplicationRepository extends JpaRepository<Application, Long> {
    Optional<Application> findByApplicationNo(String applicationNo);

    /** Every change to an application runs under this lock: one writer at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from TempAidApplication a where a.applicationNo = :no")
    Optional<Application> lockByApplicationNo(@Param("no") String applicationNo);

    @Query("select a from TempAidApplication a where a.eventKey = :key")
    Optional<Application> findByEventKey(@Param("key") String eventKey);

    @Query("select a from TempAidApplication a where a.villageCode like :scope"
            + " and (:status is null or a.status = :status) and (:personId is null or a.personId = :personId)")
    Page<Application> pageInScope(@Param("scope") String scopePrefix, @Param("status") AidStatus status,
            @Param("personId") Long personId, Pageable page);

    List<Application> findByPersonIdOrderById(Long personId);

    @Query("select a from TempAidApplication a where a.villageCode like :scope and a.status = cn.civilaffairs.assist.tempaid.AidStatus.PAID"
            + " and a.paidOn >= :from and a.paidOn < :to order by a.paidOn, a.id")
    List<Application> findPaidInScope(@Param("scope") String scopePrefix, @Param("from") LocalDate from,
            @Param("to") LocalDate to);
}
