package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.catalogue.ServiceWay;

/**
 * Which process serves an item of a given way. caseflow runs only the generic service process (a
 * street clerk assigns the responsible unit); every started item is announced as {@link ServiceGranted}:
 * serviceorder starts its order process for purchased items; charity relief starts no process of its
 * own: the referral module sends such recipients to a charity in batches (processes/charity-referral.bpmn).
 */
final class ServiceRouting {
    /** processes/generic-service.bpmn */
    static final String GENERIC_SERVICE = "genericService";

    private ServiceRouting() {}

    static boolean runsGenericProcess(ServiceWay way) {
        return switch (way) {
            case PURCHASED, CHARITY -> false;
            case INSTITUTIONAL, DEPARTMENT, PARTY_PAIRING, SOCIAL_WORK, NEIGHBOUR_AID -> true;
        };
    }
}
