package cn.civilaffairs.assist.care;

public enum WarningKind {
    LAPSE("走访超期预警"),
    MAJOR_RISK("重大风险预警");

    private final String label;

    WarningKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
