package cn.civilaffairs.assist.security;

/** The people who work in the system (DOMAIN §1). */
public enum Role {
    VILLAGE_OFFICER,
    STREET_CLERK,
    DISTRICT_MANAGER,
    PROVIDER_STAFF,
    CHARITY_STAFF,
    CARE_CADRE,
    /** Staff of a special-assistance department (医保, 住建, 教育, 人社, 应急管理…) taking one-door referrals. */
    DEPARTMENT_STAFF,
    /** Staff of a contracted social-work agency taking referrals from the joint meeting (002 §六(三)). */
    SOCIAL_WORK_AGENCY,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Roles allowed into the Camunda webapps and /engine-rest. */
    public static final String[] ENGINE_OPERATORS = {DISTRICT_MANAGER.name(), ADMIN.name()};

    public static String[] all() {
        Role[] values = values();
        String[] names = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            names[i] = values[i].name();
        }
        return names;
    }
}
