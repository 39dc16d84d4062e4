package cn.civilaffairs.assist.tempaid;

/** One entry of an application's timeline. */
public enum StepKind {
    REQUESTED,
    /** The street granted within the township limit (先行救助). */
    GRANTED,
    /** The street referred the application to the district (amount above the limit). */
    REFERRED,
    /** The district approved an amount. */
    APPROVED,
    REFUSED,
    PAID,
    /** A step missed its deadline; the district was told. */
    ESCALATED
}
