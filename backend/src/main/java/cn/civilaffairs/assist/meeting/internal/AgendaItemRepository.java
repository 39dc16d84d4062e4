package cn.civilaffairs.assist.meeting.internal;

import cn.civilaffairs.assist.meeting.ItemStatus;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {
    Optional<AgendaItem> findByItemNo(String itemNo);

    /** Every change to an item runs under this lock: one writer per item at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from MeetingAgendaItem i where i.itemNo = :no")
    Optional<AgendaItem> lockByItemNo(@Param("no") String itemNo);

    @Query("select i from MeetingAgendaItem i where i.villageCode like :scope"
            + " and (:status is null or i.status = :status) and (:caseNo is null or i.caseNo = :caseNo)"
            + " order by i.id desc")
    Page<AgendaItem> pageInScope(@Param("scope") String scopePrefix, @Param("status") ItemStatus status,
            @Param("caseNo") String caseNo, Pageable page);

    @Query("select i from MeetingAgendaItem i where i.agencyCode = :agency"
            + " and i.decision = cn.civilaffairs.assist.meeting.Decision.AGENCY"
            + " and (:status is null or i.status = :status) order by i.id desc")
    Page<AgendaItem> pageForAgency(@Param("agency") String agencyCode, @Param("status") ItemStatus status,
            Pageable page);

    List<AgendaItem> findByMeetingIdOrderById(Long meetingId);

    List<AgendaItem> findByCaseIdAndStatusIn(Long caseId, Collection<ItemStatus> statuses);
}
