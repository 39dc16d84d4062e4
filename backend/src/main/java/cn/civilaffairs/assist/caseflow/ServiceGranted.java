package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.catalogue.ServiceWay;

/**
 * Published inside the starting transaction when a granted item starts (after recognition or a
 * review's change). The module serving that way reacts synchronously: serviceorder starts its order
 * process for {@link ServiceWay#PURCHASED}; caseflow itself runs the generic process; charity relief
 * waits for a referral batch.
 */
public record ServiceGranted(long grantId, long caseId, String caseNo, String itemCode, ServiceWay way,
        String streetCode) {}
