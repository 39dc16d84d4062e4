package cn.civilaffairs.assist.serviceorder.internal;

import cn.civilaffairs.assist.serviceorder.ConfirmMethod;
import cn.civilaffairs.assist.serviceorder.DeliveryStatus;
import cn.civilaffairs.assist.serviceorder.StatementStatus;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

// Package-private: other modules go through the module's services.

public interface DeliveryRepository extends JpaRepository<Delivery, Long> {
    @Query("select d from Delivery d where d.staffUsername = :staff and d.serviceDate = :day"
            + " and d.startTime < :endTime and d.endTime > :startTime")
    List<Delivery> findOverlapping(@Param("staff") String staff, @Param("day") LocalDate day,
            @Param("startTime") java.time.LocalTime start, @Param("endTime") java.time.LocalTime end);

    /** The confirmation itself: only a RECORDED row changes, so a second or racing confirmation finds 0 rows. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Delivery d set d.status = :confirmed,"
            + " d.confirmedAt = :at, d.confirmMethod = :method, d.confirmedBy = :by"
            + " where d.id = :id and d.status = :recorded")
    int confirm(@Param("id") long id, @Param("method") ConfirmMethod method, @Param("by") String by,
            @Param("at") Instant at, @Param("confirmed") DeliveryStatus confirmed,
            @Param("recorded") DeliveryStatus recorded);

    default int confirm(long id, ConfirmMethod method, String by, Instant at) {
        return confirm(id, method, by, at, DeliveryStatus.CONFIRMED, DeliveryStatus.RECORDED);
    }

    List<Delivery> findByOrderIdOrderByServiceDateDescStartTimeDesc(Long orderId);

    @Query("select d from Delivery d where d.providerCode = :provider and d.serviceDate = :day"
            + " order by d.startTime")
    List<Delivery> findForProviderOn(@Param("provider") String provider, @Param("day") LocalDate day);

    @Query("select d from Delivery d where (:provider is null or d.providerCode = :provider)"
            + " and d.villageCode like :scope"
            + " and (:status is null or d.status = :status)"
            + " and (:orderId is null or d.orderId = :orderId)"
            + " and d.serviceDate >= :from and d.serviceDate <= :to")
    Page<Delivery> page(@Param("provider") String provider, @Param("scope") String scopePrefix,
            @Param("status") DeliveryStatus status, @Param("orderId") Long orderId, @Param("from") LocalDate from,
            @Param("to") LocalDate to, Pageable page);

    /** What a provider's statement of a street and month may hold. */
    @Query("select d from Delivery d where d.providerCode = :provider and d.streetCode = :street"
            + " and d.status = :confirmed"
            + " and d.flagged = false and d.serviceDate >= :from and d.serviceDate <= :to"
            + " and (d.statementId is null or d.statementId = :statementId)"
            + " order by d.serviceDate, d.startTime, d.id")
    List<Delivery> findSettleable(@Param("provider") String provider, @Param("street") String street,
            @Param("from") LocalDate from, @Param("to") LocalDate to, @Param("statementId") Long statementId,
            @Param("confirmed") DeliveryStatus confirmed);

    default List<Delivery> findSettleable(String provider, String street, LocalDate from, LocalDate to,
            Long statementId) {
        return findSettleable(provider, street, from, to, statementId, DeliveryStatus.CONFIRMED);
    }

    @Query("select distinct d.streetCode from Delivery d where d.providerCode = :provider"
            + " and d.status = :confirmed"
            + " and d.serviceDate >= :from and d.serviceDate <= :to")
    List<String> streetsServed(@Param("provider") String provider, @Param("from") LocalDate from,
            @Param("to") LocalDate to, @Param("confirmed") DeliveryStatus confirmed);

    default List<String> streetsServed(String provider, LocalDate from, LocalDate to) {
        return streetsServed(provider, from, to, DeliveryStatus.CONFIRMED);
    }

    List<Delivery> findByStatementIdOrderByServiceDateAscStartTimeAscIdAsc(Long statementId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Delivery d set d.statementId = null where d.statementId = :statementId")
    int releaseFrom(@Param("statementId") long statementId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Delivery d set d.statementId = :statementId where d.id in :ids")
    int assignTo(@Param("statementId") long statementId, @Param("ids") Collection<Long> ids);

    @Query("select distinct d.providerCode from Delivery d"
            + " where d.status = :confirmed"
            + " and d.serviceDate >= :from and d.serviceDate <= :to")
    List<String> providersWithConfirmed(@Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("confirmed") DeliveryStatus confirmed);

    default List<String> providersWithConfirmed(LocalDate from, LocalDate to) {
        return providersWithConfirmed(from, to, DeliveryStatus.CONFIRMED);
    }

    /**
     * Deliveries paid on an approved statement and flagged since (failed spot check) that no
     * statement has deducted yet, or that this draft deducts.
     */
    @Query("select d from Delivery d where d.providerCode = :provider and d.streetCode = :street"
            + " and d.flagged = true and (d.deductedOnStatementId is null or d.deductedOnStatementId = :statementId)"
            + " and exists (select s.id from Statement s where s.id = d.statementId and s.status = :approved)"
            + " order by d.serviceDate, d.startTime, d.id")
    List<Delivery> findOwedDeductions(@Param("provider") String provider, @Param("street") String street,
            @Param("statementId") Long statementId, @Param("approved") StatementStatus approved);

    default List<Delivery> findOwedDeductions(String provider, String street, Long statementId) {
        return findOwedDeductions(provider, street, statementId, StatementStatus.APPROVED);
    }

    @Query("select distinct d.streetCode from Delivery d where d.providerCode = :provider"
            + " and d.flagged = true and d.deductedOnStatementId is null"
            + " and exists (select s.id from Statement s where s.id = d.statementId and s.status = :approved)")
    List<String> streetsOwingDeductions(@Param("provider") String provider,
            @Param("approved") StatementStatus approved);

    default List<String> streetsOwingDeductions(String provider) {
        return streetsOwingDeductions(provider, StatementStatus.APPROVED);
    }

    List<Delivery> findByDeductedOnStatementIdOrderByServiceDateAscStartTimeAscIdAsc(Long statementId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Delivery d set d.deductedOnStatementId = null where d.deductedOnStatementId = :statementId")
    int releaseDeductionsFrom(@Param("statementId") long statementId);

    /** Conditional: a deduction another draft took in the meantime stays there (never deducted twice). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Delivery d set d.deductedOnStatementId = :statementId where d.id in :ids"
            + " and d.deductedOnStatementId is null")
    int deductOn(@Param("statementId") long statementId, @Param("ids") Collection<Long> ids);

    @Query("select d from Delivery d where d.providerCode = :provider"
            + " and d.status = :confirmed"
            + " and d.serviceDate >= :from and d.serviceDate <= :to order by d.id")
    List<Delivery> findConfirmed(@Param("provider") String provider, @Param("from") LocalDate from,
            @Param("to") LocalDate to, @Param("confirmed") DeliveryStatus confirmed);

    default List<Delivery> findConfirmed(String provider, LocalDate from, LocalDate to) {
        return findConfirmed(provider, from, to, DeliveryStatus.CONFIRMED);
    }

    @Query("select d from Delivery d where d.caseId in :caseIds"
            + " and d.status = :confirmed"
            + " and d.flagged = false and d.serviceDate >= :from and d.serviceDate <= :to")
    List<Delivery> findConfirmedForCases(@Param("caseIds") Collection<Long> caseIds, @Param("from") LocalDate from,
            @Param("to") LocalDate to, @Param("confirmed") DeliveryStatus confirmed);

    default List<Delivery> findConfirmedForCases(Collection<Long> caseIds, LocalDate from, LocalDate to) {
        return findConfirmedForCases(caseIds, from, to, DeliveryStatus.CONFIRMED);
    }
}
