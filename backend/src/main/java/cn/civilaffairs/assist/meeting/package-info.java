/**
 * Joint department meeting and social-work agencies (联席会议, seed 002 §六(三)): needs civil affairs cannot meet
 * go on the district's agenda; the meeting refers each to a department (through
 * {@link cn.civilaffairs.assist.department.DepartmentReferralRequested}, source JOINT_MEETING), to a social-work
 * agency (processes/agency-referral.bpmn: plan rounds, deliveries, close, confirmation), or does not take it up.
 * Public API: the types in this package; sub-packages (meeting.internal) are implementation (see docs/modules/).
 */
@ApplicationModule(
        displayName = "Joint meeting",
        allowedDependencies = {"common", "security", "org", "person", "workflow", "notification", "calendar", "audit",
                "caseflow", "department"})
package cn.civilaffairs.assist.meeting;

import org.springframework.modulith.ApplicationModule;
