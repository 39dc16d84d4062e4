package cn.civilaffairs.assist.care;

/** Small value sets of the care module. */
public final class CareTypes {
    private CareTypes() {}

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
