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

public interface ConsentRepository extends JpaRepository<Consent, Long> {
    List<Consent> findByCaseIdOrderByIdDesc(Long caseId);

    List<Consent> findByCaseIdInOrderByIdDesc(Collection<Long> caseIds);
}
