package cn.civilaffairs.assist.meeting;

/** What an agency-referral task is about: the agenda item with its plan rounds and deliveries. */
public record MeetingTaskSubjectView(String formKey, AgendaItemView item) {}
