package cn.civilaffairs.assist.reports.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportRepository extends JpaRepository<Report, Long> {
    boolean existsByScheduleKey(String scheduleKey);

    List<Report> findByOrgCodeStartingWithOrderByCreatedAtDescIdDesc(String orgPrefix);
}
