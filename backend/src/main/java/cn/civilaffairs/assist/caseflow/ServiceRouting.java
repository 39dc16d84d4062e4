package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.catalogue.ServiceWay;

/**
 * Which process serves an item of a given way. Purchased services and charity referral get their
 * own processes (issues #5, #6); until then every way runs through the generic service process.
 */
final class ServiceRouting {
    static final String GENERIC_SERVICE = "genericService";

    private ServiceRouting() {}

    static String processKeyFor(ServiceWay way) {
        return switch (way) {
            case PURCHASED, INSTITUTIONAL, DEPARTMENT, PARTY_PAIRING, SOCIAL_WORK, NEIGHBOUR_AID, CHARITY ->
                    GENERIC_SERVICE;
        };
    }
}
