package cn.civilaffairs.assist.referral.internal;

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

public interface WarningRepository extends JpaRepository<Warning, Long> {
    List<Warning> findByBatchIdOrderByIdDesc(Long batchId);

    List<Warning> findByBatchIdAndResolvedAtIsNullOrderById(Long batchId);

    long countByBatchIdAndResolvedAtIsNull(Long batchId);

    boolean existsByItemIdAndRaisedAtGreaterThanEqual(Long itemId, Instant since);

    @Query("select w from ReferralWarning w, ReferralBatch b where b.id = w.batchId and b.originCode like :scope"
            + " and (:open = false or w.resolvedAt is null) order by w.id desc")
    List<Warning> findInScope(@Param("scope") String scopePrefix, @Param("open") boolean openOnly);
}
