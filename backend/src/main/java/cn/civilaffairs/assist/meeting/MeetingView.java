package cn.civilaffairs.assist.meeting;

import java.util.List;

public record MeetingView(MeetingRow meeting, List<AgendaItemRow> items) {}
