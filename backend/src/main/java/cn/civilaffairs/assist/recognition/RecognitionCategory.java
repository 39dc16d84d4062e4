package cn.civilaffairs.assist.recognition;

/** The assistance a person was recognised for by the district. */
public enum RecognitionCategory {
    /** 最低生活保障. */
    DIBAO("低保"),
    /** 特困人员救助供养. */
    TEKUN("特困");

    private final String label;

    RecognitionCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
