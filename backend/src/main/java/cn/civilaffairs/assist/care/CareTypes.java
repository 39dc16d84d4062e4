package cn.civilaffairs.assist.care;

/** Small value sets of the care module. */
public final class CareTypes {
    private CareTypes() {}

    public enum VisitMode { HOME, PHONE }

    public enum Risk { NONE, MINOR, MAJOR }

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

    public static String levelLabel(Integer level) {
        if (level == null) {
            return "待定级";
        }
        return switch (level) {
            case 3 -> "三级";
            case 2 -> "二级";
            case 1 -> "一级";
            default -> "未列入等级";
        };
    }
}
