package cn.civilaffairs.assist.reports;

/** Ids and variables of processes/progress-report.bpmn. */
public final class ProgressReportProcess {
    private ProgressReportProcess() {}

    public static final String PROCESS = "progressReport";
    public static final String DELEGATE = "progressReportDelegate";
    /** How many reports the run produced (0 on days before the due day or once it is done). */
    public static final String VAR_REPORTS_PRODUCED = "reportsProduced";
}
