package cn.civilaffairs.assist.serviceorder.internal;

import cn.civilaffairs.assist.serviceorder.StatementKind;
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

public interface StatementRepository extends JpaRepository<Statement, Long> {
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
            @Param("status") StatementStatus status);
}
