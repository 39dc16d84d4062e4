package cn.civilaffairs.assist.serviceorder;

import cn.civilaffairs.assist.serviceorder.ServiceRecords.Aid;
import cn.civilaffairs.assist.serviceorder.ServiceRecords.Contract;
import cn.civilaffairs.assist.serviceorder.ServiceRecords.Delivery;
import cn.civilaffairs.assist.serviceorder.ServiceRecords.DeliveryStatus;
import cn.civilaffairs.assist.serviceorder.ServiceRecords.Helper;
import cn.civilaffairs.assist.serviceorder.ServiceRecords.OrderEvent;
import cn.civilaffairs.assist.serviceorder.ServiceRecords.OrderStatus;
import cn.civilaffairs.assist.serviceorder.ServiceRecords.ProviderStaff;
import cn.civilaffairs.assist.serviceorder.ServiceRecords.ServiceOrder;
import cn.civilaffairs.assist.serviceorder.ServiceRecords.SpotCheck;
import cn.civilaffairs.assist.serviceorder.ServiceRecords.StandardWarning;
import cn.civilaffairs.assist.serviceorder.ServiceRecords.Statement;
import cn.civilaffairs.assist.serviceorder.ServiceRecords.StatementKind;
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

interface ProviderStaffRepository extends JpaRepository<ProviderStaff, String> {
    /** Serialises one staff member's delivery records, so overlapping times cannot slip in concurrently. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from ProviderStaff s where s.username = :username")
    Optional<ProviderStaff> lockByUsername(@Param("username") String username);
}

interface ContractRepository extends JpaRepository<Contract, Long> {
    List<Contract> findByProviderCodeOrderByIdDesc(String providerCode);

    List<Contract> findAllByOrderByIdDesc();

    @Query("select c from Contract c where c.validFrom <= :day and c.validTo >= :day")
    List<Contract> findValidOn(@Param("day") LocalDate day);

    @Query("select c from Contract c where c.providerCode = :provider"
            + " and c.validFrom <= :day and c.validTo >= :day order by c.id desc")
    List<Contract> findValidOn(@Param("provider") String provider, @Param("day") LocalDate day);
}

interface ServiceOrderRepository extends JpaRepository<ServiceOrder, Long> {
    Optional<ServiceOrder> findByOrderNo(String orderNo);

    Optional<ServiceOrder> findByGrantId(Long grantId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from ServiceOrder o where o.orderNo = :no")
    Optional<ServiceOrder> lockByOrderNo(@Param("no") String orderNo);

    List<ServiceOrder> findByCardNoAndProviderCodeAndStatus(String cardNo, String providerCode, OrderStatus status);

    List<ServiceOrder> findByProviderCodeAndStatusOrderById(String providerCode, OrderStatus status);

    @Query("select o from ServiceOrder o where o.providerCode = :provider"
            + " and (:status is null or o.status = :status)"
            + " and (:text is null or o.orderNo = :text or o.caseNo = :text)")
    Page<ServiceOrder> pageForProvider(@Param("provider") String provider, @Param("status") OrderStatus status,
            @Param("text") String text, Pageable page);

    @Query("select o from ServiceOrder o where o.villageCode like :scope"
            + " and (:status is null or o.status = :status)"
            + " and (:text is null or o.orderNo = :text or o.caseNo = :text)")
    Page<ServiceOrder> pageInScope(@Param("scope") String scopePrefix, @Param("status") OrderStatus status,
            @Param("text") String text, Pageable page);

    @Query("select o.caseId from ServiceOrder o where o.status = :status")
    List<Long> caseIdsWithStatus(@Param("status") OrderStatus status);

    long countByProviderCodeAndStatus(String providerCode, OrderStatus status);
}

interface OrderEventRepository extends JpaRepository<OrderEvent, Long> {
    List<OrderEvent> findByOrderIdOrderById(Long orderId);
}

interface DeliveryRepository extends JpaRepository<Delivery, Long> {
    @Query("select d from Delivery d where d.staffUsername = :staff and d.serviceDate = :day"
            + " and d.startTime < :endTime and d.endTime > :startTime")
    List<Delivery> findOverlapping(@Param("staff") String staff, @Param("day") LocalDate day,
            @Param("startTime") java.time.LocalTime start, @Param("endTime") java.time.LocalTime end);

    /** The confirmation itself: only a RECORDED row changes, so a second or racing confirmation finds 0 rows. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Delivery d set d.status = :confirmed,"
            + " d.confirmedAt = :at, d.confirmMethod = :method, d.confirmedBy = :by"
            + " where d.id = :id and d.status = :recorded")
    int confirm(@Param("id") long id, @Param("method") ServiceRecords.ConfirmMethod method, @Param("by") String by,
            @Param("at") Instant at, @Param("confirmed") DeliveryStatus confirmed,
            @Param("recorded") DeliveryStatus recorded);

    default int confirm(long id, ServiceRecords.ConfirmMethod method, String by, Instant at) {
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
            @Param("statementId") Long statementId, @Param("approved") ServiceRecords.StatementStatus approved);

    default List<Delivery> findOwedDeductions(String provider, String street, Long statementId) {
        return findOwedDeductions(provider, street, statementId, ServiceRecords.StatementStatus.APPROVED);
    }

    @Query("select distinct d.streetCode from Delivery d where d.providerCode = :provider"
            + " and d.flagged = true and d.deductedOnStatementId is null"
            + " and exists (select s.id from Statement s where s.id = d.statementId and s.status = :approved)")
    List<String> streetsOwingDeductions(@Param("provider") String provider,
            @Param("approved") ServiceRecords.StatementStatus approved);

    default List<String> streetsOwingDeductions(String provider) {
        return streetsOwingDeductions(provider, ServiceRecords.StatementStatus.APPROVED);
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

interface SpotCheckRepository extends JpaRepository<SpotCheck, Long> {
    @Query("select s from SpotCheck s where s.villageCode like :scope"
            + " and (:month is null or s.month = :month)"
            + " and (:status is null or s.status = :status) order by s.id desc")
    List<SpotCheck> findInScope(@Param("scope") String scopePrefix, @Param("month") String month,
            @Param("status") ServiceRecords.SpotCheckStatus status);

    long countByProviderCodeAndStatus(String providerCode, ServiceRecords.SpotCheckStatus status);
}

interface StandardWarningRepository extends JpaRepository<StandardWarning, Long> {
    boolean existsByMonthAndCaseId(String month, Long caseId);

    @Query("select w from StandardWarning w where w.villageCode like :scope"
            + " and (:month is null or w.month = :month) order by w.id desc")
    List<StandardWarning> findInScope(@Param("scope") String scopePrefix, @Param("month") String month);
}

interface StatementRepository extends JpaRepository<Statement, Long> {
    Optional<Statement> findByStatementNo(String statementNo);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Statement s where s.statementNo = :no")
    Optional<Statement> lockByStatementNo(@Param("no") String statementNo);

    /** The month's statement of a party and street first, then its supplements (补充结算单) in order. */
    List<Statement> findByKindAndPartyCodeAndStreetCodeAndMonthOrderBySupplementNoAsc(StatementKind kind,
            String partyCode, String streetCode, String month);

    @Query("select s from Statement s where (:provider is null or s.partyCode = :provider)"
            + " and s.streetCode like :scope and (:month is null or s.month = :month)"
            + " and (:kind is null or s.kind = :kind)"
            + " and (:status is null or s.status = :status) order by s.month desc, s.supplementNo desc, s.id desc")
    List<Statement> find(@Param("provider") String provider, @Param("scope") String scopePrefix,
            @Param("month") String month, @Param("kind") StatementKind kind,
            @Param("status") ServiceRecords.StatementStatus status);
}

interface HelperRepository extends JpaRepository<Helper, Long> {
    @Query("select h from Helper h where h.villageCode like :scope order by h.villageCode, h.id")
    List<Helper> findInScope(@Param("scope") String scopePrefix);

    boolean existsByIdNumber(String idNumber);
}

interface AidRepository extends JpaRepository<Aid, Long> {
    @Query("select a from Aid a where a.villageCode like :scope"
            + " and a.aidDate >= :from and a.aidDate <= :to order by a.aidDate desc, a.id desc")
    List<Aid> findInScope(@Param("scope") String scopePrefix, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    @Query("select a from Aid a where a.helperId = :helper"
            + " and a.aidDate >= :from and a.aidDate <= :to"
            + " and (a.statementId is null or a.statementId = :statementId) order by a.aidDate, a.id")
    List<Aid> findSettleable(@Param("helper") long helperId, @Param("from") LocalDate from,
            @Param("to") LocalDate to, @Param("statementId") Long statementId);

    List<Aid> findByStatementIdOrderByAidDateAscIdAsc(Long statementId);
}
