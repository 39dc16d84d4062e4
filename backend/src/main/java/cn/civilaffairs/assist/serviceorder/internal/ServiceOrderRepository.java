package cn.civilaffairs.assist.serviceorder.internal;

import cn.civilaffairs.assist.serviceorder.OrderStatus;
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

public interface ServiceOrderRepository extends JpaRepository<ServiceOrder, Long> {
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
