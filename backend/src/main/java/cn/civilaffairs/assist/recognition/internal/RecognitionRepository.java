package cn.civilaffairs.assist.recognition.internal;

import cn.civilaffairs.assist.recognition.RecognitionCategory;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecognitionRepository extends JpaRepository<Recognition, Long> {
    Optional<Recognition> findByPersonIdAndCategoryAndRecognisedOn(Long personId, RecognitionCategory category,
            LocalDate recognisedOn);
}
