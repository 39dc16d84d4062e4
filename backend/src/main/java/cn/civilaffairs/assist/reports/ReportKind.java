package cn.civilaffairs.assist.reports;

/** Which statutory report. */
public enum ReportKind {
    /** 进度报表: the progress report to the county (DOMAIN §6, seed 001). */
    PROGRESS("工作进度报表"),
    /** 年度绩效评估: the pilot office's annual performance evaluation (seed 002 §五.6). */
    ANNUAL_EVALUATION("年度绩效评估");

    private final String label;

    ReportKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
