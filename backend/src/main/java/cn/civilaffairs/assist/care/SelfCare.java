package cn.civilaffairs.assist.care;

/** Self-care ability as the grading rules use it. */
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
