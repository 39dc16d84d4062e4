package cn.civilaffairs.assist.department.internal;

import cn.civilaffairs.assist.department.DepartmentReferralStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Referrals extends JpaRepository<Referral, Long> {
    Optional<Referral> findByReferralNo(String referralNo);

    Optional<Referral> findFirstBySourceAndSourceRefOrderByIdDesc(cn.civilaffairs.assist.department.ReferralSource source,
            String sourceRef);

    List<Referral> findByReferralNoIn(Collection<String> referralNos);

    Page<Referral> findByDepartmentCodeAndStatusInOrderByIdDesc(String departmentCode,
            Collection<DepartmentReferralStatus> statuses, Pageable page);

    Page<Referral> findByVillageCodeStartingWithAndStatusInOrderByIdDesc(String prefix,
            Collection<DepartmentReferralStatus> statuses, Pageable page);

    List<Referral> findByStatusAndDueOnGreaterThanEqual(DepartmentReferralStatus status, LocalDate from);
}
