package cn.civilaffairs.assist.referral.internal;

import cn.civilaffairs.assist.referral.ItemStatus;
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

public interface ItemRepository extends JpaRepository<Item, Long> {
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
