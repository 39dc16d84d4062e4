package cn.civilaffairs.assist.monitoring;

import cn.civilaffairs.assist.common.MayBeNull;
/**
 * One user task: completions in the period, instances waiting there now, p50/p90 hours from create to
 * complete (read from log-scale histograms, within about 19 %), share completed by the due date; the
 * three are null when nothing was completed. limitWorkingDays: the BPMN's "nWD" due date, null when set otherwise.
 */
public record StepDuration(String activityId,
        String activityName, long completed, long running, @MayBeNull Double p50Hours,
        @MayBeNull Double p90Hours, @MayBeNull Double onTimeShare, @MayBeNull Integer limitWorkingDays) {}
