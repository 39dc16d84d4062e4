package cn.civilaffairs.assist.org;

/** Where a node sits: the administrative tree, or an outside organisation that serves it. */
public enum OrgLevel {
    DISTRICT, STREET, VILLAGE, PROVIDER, CHARITY, DEPARTMENT, AGENCY;

    /** Administrative levels nest by code prefix (6 → 9 → 12 digits); outside organisations do not. */
    public boolean isAdministrative() {
        return this == DISTRICT || this == STREET || this == VILLAGE;
    }
}
