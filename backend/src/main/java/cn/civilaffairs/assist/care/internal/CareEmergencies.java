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

public interface CareEmergencies extends JpaRepository<Emergency, Long> {
    @Query("select e from CareEmergency e where e.liftedAt is null and e.startsOn <= :day"
            + " and (e.endsOn is null or e.endsOn >= :day)")
    List<Emergency> findActiveOn(@Param("day") LocalDate day);

    List<Emergency> findAllByOrderByDeclaredAtDesc();
}
