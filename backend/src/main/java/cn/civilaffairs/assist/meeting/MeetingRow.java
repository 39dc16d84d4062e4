package cn.civilaffairs.assist.meeting;

import cn.civilaffairs.assist.common.MayBeNull;
import java.time.LocalDate;

public record MeetingRow(String meetingNo, LocalDate heldOn, String attendees, @MayBeNull String note, int itemCount,
        int undecided) {}
