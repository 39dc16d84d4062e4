package cn.civilaffairs.assist.serviceorder.internal;

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

public interface ContractRepository extends JpaRepository<Contract, Long> {
    List<Contract> findByProviderCodeOrderByIdDesc(String providerCode);

    List<Contract> findAllByOrderByIdDesc();

    @Query("select c from Contract c where c.validFrom <= :day and c.validTo >= :day")
    List<Contract> findValidOn(@Param("day") LocalDate day);

    @Query("select c from Contract c where c.providerCode = :provider"
            + " and c.validFrom <= :day and c.validTo >= :day order by c.id desc")
    List<Contract> findValidOn(@Param("provider") String provider, @Param("day") LocalDate day);
}
