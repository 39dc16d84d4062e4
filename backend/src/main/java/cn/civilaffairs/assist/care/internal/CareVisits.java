package cn.civilaffairs.assist.care.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

// The care module's repositories (implementation, not API): other modules go through CareService.

public interface CareVisits extends JpaRepository<Visit, Long> {
    List<Visit> findByEnrolmentIdOrderByVisitedAtDesc(Long enrolmentId);

    Optional<Visit> findByClientId(String clientId);
}
