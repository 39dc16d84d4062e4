package cn.civilaffairs.assist.notification.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.Query;

public interface MailOutboxRepository extends JpaRepository<MailOutboxEntry, Long> {
    boolean existsByDedupKey(String dedupKey);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from MailOutboxEntry m where m.id = :id")
    Optional<MailOutboxEntry> lockById(@Param("id") Long id);

    @Query("select m.id from MailOutboxEntry m where m.sentAt is null and m.attempts < :maxAttempts order by m.id")
    List<Long> findPendingIds(int maxAttempts, Pageable page);
}
