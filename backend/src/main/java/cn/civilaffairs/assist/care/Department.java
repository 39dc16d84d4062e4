package cn.civilaffairs.assist.care;

/** Township departments a problem found on a visit can be referred to (seed 000). */
public enum Department {
    SCHOOL("学校"),
    JUDICIAL_OFFICE("司法所"),
    WOMENS_FEDERATION("妇联"),
    HEALTH_CENTRE("卫生院"),
    DISABLED_FEDERATION("残联"),
    VETERANS_STATION("退役军人服务站");

    private final String label;

    Department(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
