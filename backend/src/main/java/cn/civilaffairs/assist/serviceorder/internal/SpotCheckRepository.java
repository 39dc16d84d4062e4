package cn.civilaffairs.assist.serviceorder.internal;

import cn.civilaffairs.assist.serviceorder.SpotCheckStatus;
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

public interface SpotCheckRepository extends JpaRepository<SpotCheck, Long> {
    @Query("select s from SpotCheck s where s.villageCode like :scope"
            + " and (:month is null or s.month = :month)"
            + " and (:status is null or s.status = :status) order by s.id desc")
    List<SpotCheck> findInScope(@Param("scope") String scopePrefix, @Param("month") String month,
            @Param("status") SpotCheckStatus status);

    long countByProviderCodeAndStatus(String providerCode, SpotCheckStatus status);
}
