package cn.civilaffairs.assist.care;

/** Roster colours: grey not due, blue due today, red overdue, green visited today. */
public enum VisitStatus {
    NOT_DUE("未到期"),
    DUE("今日应访"),
    OVERDUE("已逾期"),
    DONE("今日已访");

    private final String label;

    VisitStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
