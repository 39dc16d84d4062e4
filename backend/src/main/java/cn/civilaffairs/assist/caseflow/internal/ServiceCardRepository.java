package cn.civilaffairs.assist.caseflow.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ServiceCardRepository extends JpaRepository<ServiceCard, Long> {
    Optional<ServiceCard> findFirstByCaseIdAndStatusOrderByIdDesc(Long caseId, String status);

    Optional<ServiceCard> findByCardNo(String cardNo);

    /** Serialises PIN attempts on one card, so racing wrong PINs cannot pass the limit together. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ServiceCard c where c.cardNo = :no")
    Optional<ServiceCard> lockByCardNo(@Param("no") String cardNo);

    Optional<ServiceCard> findFirstByCaseIdOrderByIdDesc(Long caseId);

    /** Card numbers of a case, newest first: a plain read that leaves no stale card in the session before a lock. */
    @Query("select c.cardNo from ServiceCard c where c.caseId = :caseId order by c.id desc")
    List<String> cardNosNewestFirst(@Param("caseId") Long caseId);
}
