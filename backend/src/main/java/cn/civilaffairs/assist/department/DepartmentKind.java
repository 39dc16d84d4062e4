package cn.civilaffairs.assist.department;

/**
 * The kinds of department a matter can be referred to. The district-level special-assistance
 * departments come from seed 001 §五; the township ones from seed 000 (problems found on a visit).
 * Which organisation unit holds a kind in a given district or street is data, not code.
 */
public enum DepartmentKind {
    MEDICAL_INSURANCE("医疗保障"),
    HOUSING("住房城乡建设"),
    EDUCATION("教育"),
    HUMAN_RESOURCES("人力资源社会保障"),
    EMERGENCY_MANAGEMENT("应急管理"),
    SCHOOL("学校"),
    JUDICIAL_OFFICE("司法所"),
    WOMENS_FEDERATION("妇联"),
    HEALTH_CENTRE("卫生院"),
    DISABLED_FEDERATION("残联"),
    VETERANS_STATION("退役军人服务站");

    private final String label;

    DepartmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
