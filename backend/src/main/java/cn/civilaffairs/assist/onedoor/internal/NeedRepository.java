package cn.civilaffairs.assist.onedoor.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NeedRepository extends JpaRepository<Need, Long> {
    List<Need> findByIntakeIdOrderById(Long intakeId);

    List<Need> findByIntakeIdInOrderById(Collection<Long> intakeIds);
}
