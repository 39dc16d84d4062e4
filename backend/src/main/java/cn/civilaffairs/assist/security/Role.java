package cn.civilaffairs.assist.security;

/** The people who work in the system (DOMAIN §1). */
public enum Role {
    VILLAGE_OFFICER,
    STREET_CLERK,
    DISTRICT_MANAGER,
    PROVIDER_STAFF,
    CHARITY_STAFF,
    CARE_CADRE,
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
