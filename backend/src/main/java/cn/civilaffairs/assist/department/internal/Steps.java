package cn.civilaffairs.assist.department.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Steps extends JpaRepository<Step, Long> {
    List<Step> findByReferralIdOrderByOccurredAtAscIdAsc(Long referralId);
}
