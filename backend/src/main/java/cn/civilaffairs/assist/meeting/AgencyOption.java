package cn.civilaffairs.assist.meeting;

/** A social-work agency the meeting may refer to. */
public record AgencyOption(String code, String name) {}
