package cn.civilaffairs.assist.onedoor.internal;

import cn.civilaffairs.assist.onedoor.IntakeStatus;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface IntakeRepository extends JpaRepository<Intake, Long> {
    Optional<Intake> findByIntakeNo(String intakeNo);

    /** Every change to an intake's routes runs under this lock: one writer per intake at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from OneDoorIntake i where i.id = :id")
    Optional<Intake> lockById(@Param("id") Long id);

    Optional<Intake> findByOpenPersonId(Long personId);

    Optional<Intake> findByFromCaseNo(String caseNo);

    List<Intake> findByPersonIdOrderByIdDesc(Long personId);

    @Query("select i from OneDoorIntake i where i.villageCode like :scope"
            + " and (:status is null or i.status = :status) order by i.id desc")
    Page<Intake> pageInScope(@Param("scope") String scopePrefix, @Param("status") IntakeStatus status, Pageable page);
}
