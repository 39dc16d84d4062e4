package cn.civilaffairs.assist.security;

/**
 * The one set of role groups: which roles together may do what, as Spring Security expressions
 * for {@code @PreAuthorize}. Controllers name a group from here instead of listing roles; the
 * frontend's route guards use the same groups (features/auth/roles.ts, ROLE_GROUPS).
 * Single-role rules stay as {@code hasRole('…')} at the endpoint.
 */
public final class RoleGroups {
    private RoleGroups() {}

    /** Government staff at every level: village, street, district, and the administrator. */
    public static final String OFFICIALS = "hasAnyRole('VILLAGE_OFFICER','STREET_CLERK','DISTRICT_MANAGER','ADMIN')";
    /** Officials who act on cases (no administrator): village, street, district. */
    public static final String CASE_STAFF = "hasAnyRole('VILLAGE_OFFICER','STREET_CLERK','DISTRICT_MANAGER')";
    /** Front-line staff who keep files: village officer and street clerk. */
    public static final String STREET_STAFF = "hasAnyRole('VILLAGE_OFFICER','STREET_CLERK')";
    /** Officials and providers' staff (orders, deliveries, statements). */
    public static final String OFFICIALS_AND_PROVIDERS =
            "hasAnyRole('PROVIDER_STAFF','VILLAGE_OFFICER','STREET_CLERK','DISTRICT_MANAGER','ADMIN')";
    /** Providers' staff and front-line staff (a delivery's confirmation). */
    public static final String STREET_STAFF_AND_PROVIDERS = "hasAnyRole('PROVIDER_STAFF','VILLAGE_OFFICER','STREET_CLERK')";
    /** Supervisors and providers' staff: who read service contracts. */
    public static final String SUPERVISORS_AND_PROVIDERS =
            "hasAnyRole('PROVIDER_STAFF','STREET_CLERK','DISTRICT_MANAGER','ADMIN')";
    /** Who confirms a delivery: the provider's staff (card PIN) or the village officer. */
    public static final String DELIVERY_CONFIRMERS = "hasAnyRole('PROVIDER_STAFF','VILLAGE_OFFICER')";
    /** Street and district, who decide (no village, no administrator). */
    public static final String DECIDERS = "hasAnyRole('STREET_CLERK','DISTRICT_MANAGER')";
    /** Street, district and the administrator: who supervise across villages. */
    public static final String SUPERVISORS = "hasAnyRole('STREET_CLERK','DISTRICT_MANAGER','ADMIN')";
    /** The district and the administrator. */
    public static final String MANAGERS = "hasAnyRole('DISTRICT_MANAGER','ADMIN')";
    /** Officials and care cadres: who may read the care roster. */
    public static final String CARE_READERS =
            "hasAnyRole('VILLAGE_OFFICER','STREET_CLERK','DISTRICT_MANAGER','CARE_CADRE','ADMIN')";
    /** Who visits graded people: care cadres and front-line staff. */
    public static final String CARE_VISITORS = "hasAnyRole('CARE_CADRE','VILLAGE_OFFICER','STREET_CLERK')";
    /** Supervisors and charities' staff: who read referral batches. */
    public static final String SUPERVISORS_AND_CHARITIES =
            "hasAnyRole('STREET_CLERK','DISTRICT_MANAGER','ADMIN','CHARITY_STAFF')";
}
