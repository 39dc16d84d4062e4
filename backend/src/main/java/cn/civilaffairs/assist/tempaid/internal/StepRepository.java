package cn.civilaffairs.assist.tempaid.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StepRepository extends JpaRepository<Step, Long> {
    List<Step> findByApplicationIdOrderById(Long applicationId);
}
