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

public interface AidRepository extends JpaRepository<Aid, Long> {
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
