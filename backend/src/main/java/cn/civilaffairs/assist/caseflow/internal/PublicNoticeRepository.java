package cn.civilaffairs.assist.caseflow.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PublicNoticeRepository extends JpaRepository<PublicNotice, Long> {
    List<PublicNotice> findByCaseIdOrderById(Long caseId);

    List<PublicNotice> findByVillageCodeAndStatusInOrderById(String villageCode, List<String> statuses);
}
