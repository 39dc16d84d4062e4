package cn.civilaffairs.assist.caseflow;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NeedsAssessmentRepository extends JpaRepository<NeedsAssessment, Long> {}

interface ServiceGrantRepository extends JpaRepository<ServiceGrant, Long> {
    List<ServiceGrant> findByCaseIdOrderById(Long caseId);

    /** Grants of these items in one status on cases under an org node (village code prefix). */
    @Query("select g from ServiceGrant g, ServiceCase c where c.id = g.caseId"
            + " and g.status = :status and g.itemCode in :codes and c.villageCode like :scope order by c.villageCode, c.caseNo")
    List<ServiceGrant> findInScope(@Param("status") ServiceGrant.Status status, @Param("codes") Collection<String> itemCodes,
            @Param("scope") String scopePrefix);
}

interface ServiceCardRepository extends JpaRepository<ServiceCard, Long> {
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

interface CaseDocumentRepository extends JpaRepository<CaseDocument, Long> {
    List<CaseDocument> findByCaseIdOrderById(Long caseId);
}

interface PublicNoticeRepository extends JpaRepository<PublicNotice, Long> {
    List<PublicNotice> findByCaseIdOrderById(Long caseId);

    List<PublicNotice> findByVillageCodeAndStatusInOrderById(String villageCode, List<String> statuses);
}

interface ObjectionRepository extends JpaRepository<Objection, Long> {
    List<Objection> findByNoticeIdInOrderById(List<Long> noticeIds);
}

interface CardPinAttemptRepository extends JpaRepository<CardPinAttempt, Long> {}

interface CardPinChangeRepository extends JpaRepository<CardPinChange, Long> {}
