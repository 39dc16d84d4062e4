package cn.civilaffairs.assist.referral;

import cn.civilaffairs.assist.referral.ReferralRecords.Activity;
import cn.civilaffairs.assist.referral.ReferralRecords.Batch;
import cn.civilaffairs.assist.referral.ReferralRecords.BatchStatus;
import cn.civilaffairs.assist.referral.ReferralRecords.Consent;
import cn.civilaffairs.assist.referral.ReferralRecords.Item;
import cn.civilaffairs.assist.referral.ReferralRecords.ItemStatus;
import cn.civilaffairs.assist.referral.ReferralRecords.Plan;
import cn.civilaffairs.assist.referral.ReferralRecords.Review;
import cn.civilaffairs.assist.referral.ReferralRecords.Warning;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

// Package-private: other modules go through the module's services.

interface ConsentRepository extends JpaRepository<Consent, Long> {
    List<Consent> findByCaseIdOrderByIdDesc(Long caseId);

    List<Consent> findByCaseIdInOrderByIdDesc(Collection<Long> caseIds);
}

interface BatchRepository extends JpaRepository<Batch, Long> {
    Optional<Batch> findByBatchNo(String batchNo);

    /** Every change to a batch, its persons and plans runs under this lock: one writer per batch at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from ReferralBatch b where b.batchNo = :no")
    Optional<Batch> lockByBatchNo(@Param("no") String batchNo);

    @Query("select b from ReferralBatch b where b.charityCode = :charity"
            + " and (:status is null or b.status = :status)")
    Page<Batch> pageForCharity(@Param("charity") String charity, @Param("status") BatchStatus status, Pageable page);

    @Query("select b from ReferralBatch b where b.originCode like :scope"
            + " and (:status is null or b.status = :status) and (:charity is null or b.charityCode = :charity)")
    Page<Batch> pageInScope(@Param("scope") String scopePrefix, @Param("status") BatchStatus status,
            @Param("charity") String charity, Pageable page);

    @Query("select b from ReferralBatch b where b.originCode like :scope"
            + " and b.sentAt >= :from and b.sentAt < :to order by b.id")
    List<Batch> findSentInScope(@Param("scope") String scopePrefix, @Param("from") Instant from,
            @Param("to") Instant to);
}

interface ItemRepository extends JpaRepository<Item, Long> {
    List<Item> findByBatchIdOrderById(Long batchId);

    List<Item> findByBatchIdInOrderById(Collection<Long> batchIds);

    List<Item> findByCaseIdOrderByIdDesc(Long caseId);

    @Query("select i from ReferralItem i where i.caseId in :caseIds and i.status in :statuses")
    List<Item> findByCaseIdsAndStatus(@Param("caseIds") Collection<Long> caseIds,
            @Param("statuses") Collection<ItemStatus> statuses);

    @Query("select i from ReferralItem i where i.caseId in :caseIds and i.status = :closed order by i.closedAt desc")
    List<Item> findClosedByCaseIds(@Param("caseIds") Collection<Long> caseIds, @Param("closed") ItemStatus closed);

    @Query("select i from ReferralItem i where i.grantId = :grantId and i.status in :statuses")
    List<Item> findByGrantIdAndStatusIn(@Param("grantId") Long grantId,
            @Param("statuses") Collection<ItemStatus> statuses);

    @Query("select i from ReferralItem i where i.consentId = :consentId and i.status in :statuses")
    List<Item> findByConsentIdAndStatusIn(@Param("consentId") Long consentId,
            @Param("statuses") Collection<ItemStatus> statuses);
}

interface PlanRepository extends JpaRepository<Plan, Long> {
    List<Plan> findByBatchIdOrderById(Long batchId);
}

interface ReviewRepository extends JpaRepository<Review, Long> {
    List<Review> findByBatchIdOrderById(Long batchId);
}

interface ActivityRepository extends JpaRepository<Activity, Long> {
    List<Activity> findByBatchIdOrderByActivityDateDescIdDesc(Long batchId);

    List<Activity> findByItemIdInOrderByActivityDateDescIdDesc(Collection<Long> itemIds);
}

interface WarningRepository extends JpaRepository<Warning, Long> {
    List<Warning> findByBatchIdOrderByIdDesc(Long batchId);

    List<Warning> findByBatchIdAndResolvedAtIsNullOrderById(Long batchId);

    long countByBatchIdAndResolvedAtIsNull(Long batchId);

    boolean existsByItemIdAndRaisedAtGreaterThanEqual(Long itemId, Instant since);

    @Query("select w from ReferralWarning w, ReferralBatch b where b.id = w.batchId and b.originCode like :scope"
            + " and (:open = false or w.resolvedAt is null) order by w.id desc")
    List<Warning> findInScope(@Param("scope") String scopePrefix, @Param("open") boolean openOnly);
}
