package cn.civilaffairs.assist.meeting.internal;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {
    Optional<Meeting> findByMeetingNo(String meetingNo);

    Page<Meeting> findByDistrictCodeOrderByHeldOnDescIdDesc(String districtCode, Pageable page);
}
