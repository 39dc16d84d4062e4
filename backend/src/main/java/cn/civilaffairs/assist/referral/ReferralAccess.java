package cn.civilaffairs.assist.referral;

import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.referral.internal.Batch;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import java.time.ZoneId;

/**
 * The one rule of who sees a batch: charity staff the batches sent to their own charity; street
 * clerks, district managers and admins the batches sent from their org subtree. Anything else is 404.
 */
final class ReferralAccess {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private ReferralAccess() {}

    static boolean isCharity(CurrentUser user) {
        return user.hasRole(Role.CHARITY_STAFF) && user.orgLevel() == OrgLevel.CHARITY;
    }

    static boolean canSee(CurrentUser user, Batch b) {
        if (isCharity(user)) {
            return user.orgCode().equals(b.getCharityCode());
        }
        return user.hasAnyRole(Role.STREET_CLERK, Role.DISTRICT_MANAGER, Role.ADMIN)
                && OrgService.covers(user.orgCode(), b.getOriginCode());
    }

    static Batch visible(CurrentUser user, Batch b, String batchNo) {
        if (b == null || !canSee(user, b)) {
            throw new NotFoundException("转介批次不存在或不在您的范围内：" + batchNo);
        }
        return b;
    }

    /** Charity actions: only the charity the batch was sent to. */
    static Batch ownCharity(CurrentUser user, Batch b, String batchNo) {
        if (b == null || !isCharity(user) || !user.orgCode().equals(b.getCharityCode())) {
            throw new NotFoundException("转介批次不存在或不在您的范围内：" + batchNo);
        }
        return b;
    }
}
