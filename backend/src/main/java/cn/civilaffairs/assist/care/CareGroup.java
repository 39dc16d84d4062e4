package cn.civilaffairs.assist.care;

/** The five groups of special-difficulty people (DOMAIN §5, seed 000). */
public enum CareGroup {
    DISPERSED_EXTREME_POVERTY("分散供养特困人员"),
    EMPTY_NEST_LEFT_BEHIND_ELDERLY("空巢留守老年人"),
    SEVERE_DISABILITY_OR_ILLNESS("重度残疾人、重病患者"),
    SUPPORTER_FAILING("法定赡养（抚养）人履行义务不到位人员"),
    CHILD_IN_DIFFICULTY("困境儿童");

    private final String label;

    CareGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
