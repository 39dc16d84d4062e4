package cn.civilaffairs.assist.onedoor;

/** Where a need is sent; the routing rules' output column {@code route} carries the name. */
public enum RouteType {
    /** 低保/特困 application, recognised or refused by the district. */
    SUBSISTENCE,
    /** A special-assistance department (medical insurance, housing, education, human resources, emergency management). */
    DEPARTMENT,
    /** 临时救助. */
    TEMPORARY_AID,
    /** The service-type assistance case (six steps). */
    SERVICE
}
