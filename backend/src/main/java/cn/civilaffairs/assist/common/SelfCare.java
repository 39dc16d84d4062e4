package cn.civilaffairs.assist.common;

/** Self-care ability (自理能力): one enum for the needs assessment (caseflow) and the care grading rules (care). */
public enum SelfCare {
    FULL("完全自理"),
    PARTIAL("半失能"),
    NONE("失能");

    private final String label;

    SelfCare(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
