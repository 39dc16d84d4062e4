package cn.civilaffairs.assist.onedoor.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IntakeDocumentRepository extends JpaRepository<IntakeDocument, Long> {
    List<IntakeDocument> findByIntakeIdInOrderById(Collection<Long> intakeIds);

    Optional<IntakeDocument> findByIdAndIntakeId(Long id, Long intakeId);
}
