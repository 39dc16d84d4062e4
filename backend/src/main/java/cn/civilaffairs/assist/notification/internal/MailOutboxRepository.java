package cn.civilaffairs.assist.notification.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MailOutboxRepository extends JpaRepository<MailOutboxEntry, Long> {
    boolean existsByDedupKey(String dedupKey);

    @Query("select m.id from MailOutboxEntry m where m.sentAt is null and m.attempts < :maxAttempts order by m.id")
    List<Long> findPendingIds(int maxAttempts, Pageable page);
}
