package cn.civilaffairs.assist.audit;

/** What kind of read of personal data an access-log row records. */
public enum AccessAction {
    /** A case page: name, masked ID number, phone, address, assessment, file list. */
    CASE_VIEW,
    /** The printable service card of a case. */
    CASE_CARD,
    /** One document of the case file (ID card, household register, certificates). */
    DOCUMENT_DOWNLOAD,
    /** A care-monitoring record: facts, visits, plan, warnings. */
    CARE_RECORD,
    /** The photo taken on a care visit. */
    CARE_VISIT_PHOTO,
    /** The roster (台账) as Excel: one row per exported person. */
    ROSTER_EXPORT,
    /** A service order with the recipient's address and phone. */
    SERVICE_ORDER,
    /** A referral batch with the referred people's phone and address. */
    REFERRAL_BATCH,
    /** A case's referrals (consents, the charity's view of the person). */
    REFERRAL_CASE,
    /** A department referral: the person's name and the matter referred. */
    DEPARTMENT_REFERRAL,
    /** A temporary-assistance application or a person's yearly temporary-assistance ledger. */
    TEMPORARY_AID,
    /** The monthly temporary-assistance payment list as Excel: one row per listed person. */
    TEMPORARY_AID_LIST,
    /** A joint-meeting agenda item with the person's name, needs and (for the agency) contact data. */
    MEETING_ITEM,
    /** A search for people by name or ID number (cases, roster). */
    PERSON_SEARCH,
    /** A one-door intake: the person's hardships, routes and their outcomes. */
    INTAKE_VIEW,
    /** The person page: summary, intakes and routes, cases, care enrolment. */
    PERSON_VIEW,
    /** An administrator searched this log. */
    AUDIT_SEARCH
}
