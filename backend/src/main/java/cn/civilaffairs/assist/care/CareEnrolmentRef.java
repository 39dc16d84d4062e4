package cn.civilaffairs.assist.care;

import cn.civilaffairs.assist.common.MayBeNull;

/** A person's current care enrolment, as other pages link to it. */
public record CareEnrolmentRef(String enrolmentNo, @MayBeNull Integer level, EnrolmentStatus status) {}
