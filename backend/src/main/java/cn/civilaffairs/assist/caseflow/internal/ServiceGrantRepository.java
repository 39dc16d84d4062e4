package cn.civilaffairs.assist.caseflow.internal;

import cn.civilaffairs.assist.caseflow.GrantStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ServiceGrantRepository extends JpaRepository<ServiceGrant, Long> {
    List<ServiceGrant> findByCaseIdOrderById(Long caseId);

    /** Grants of these items in one status on cases under an org node (village code prefix). */
    @Query("select g from ServiceGrant g, ServiceCase c where c.id = g.caseId"
            + " and g.status = :status and g.itemCode in :codes and c.villageCode like :scope order by c.villageCode, c.caseNo")
    List<ServiceGrant> findInScope(@Param("status") GrantStatus status, @Param("codes") Collection<String> itemCodes,
            @Param("scope") String scopePrefix);
}
