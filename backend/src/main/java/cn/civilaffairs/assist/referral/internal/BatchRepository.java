package cn.civilaffairs.assist.referral.internal;

import cn.civilaffairs.assist.referral.BatchStatus;
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

public interface BatchRepository extends JpaRepository<Batch, Long> {
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
