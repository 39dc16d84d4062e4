package cn.civilaffairs.assist.care.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CareExits extends JpaRepository<CareExit, Long> {
    Optional<CareExit> findFirstByEnrolmentIdOrderByIdDesc(Long enrolmentId);
}
