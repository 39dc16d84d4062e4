package cn.civilaffairs.assist.referral;

import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.caseflow.Recipients;
import cn.civilaffairs.assist.caseflow.VisibleCase;
import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.common.FieldValidationException.FieldError;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.referral.internal.Consent;
import cn.civilaffairs.assist.referral.internal.ConsentRepository;
import cn.civilaffairs.assist.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent to referral (同意转介): recorded before a name may leave the civil-affairs office, for one
 * charity or any charity of the district; withdrawing it ends the person's running referral.
 */
@Service
@Transactional
public class ConsentService {
    private final ConsentRepository consents;
    private final CaseService cases;
    private final OrgService orgs;
    private final ReferralService referrals;
    private final Recipients recipients;
    private final Clock clock;

    ConsentService(ConsentRepository consents, CaseService cases, OrgService orgs, ReferralService referrals,
            Recipients recipients, Clock clock) {
        this.recipients = recipients;
        this.consents = consents;
        this.cases = cases;
        this.orgs = orgs;
        this.referrals = referrals;
        this.clock = clock;
    }

    public record ConsentCommand(String caseNo, String charityCode, GiverRelation giverRelation, String giverName,
            LocalDate givenOn, String documentNote) {}

    public Consent record(ConsentCommand cmd, CurrentUser user) {
        VisibleCase c = cases.visible(cmd.caseNo(), user);
        if (cmd.givenOn().isAfter(LocalDate.now(clock.withZone(ReferralAccess.SHANGHAI)))) {
            throw new FieldValidationException("同意日期不能晚于今天。",
                    java.util.List.of(new FieldError("givenOn", "同意日期不能晚于今天。")));
        }
        // A signed consent may predate the case, but not by more than a plausible span.
        if (cmd.givenOn().isBefore(LocalDate.now(clock.withZone(ReferralAccess.SHANGHAI)).minusYears(5))) {
            throw new FieldValidationException("同意日期不能早于五年前。",
                    java.util.List.of(new FieldError("givenOn", "同意日期不能早于五年前。")));
        }
        String charity = cmd.charityCode() == null || cmd.charityCode().isBlank() ? null : cmd.charityCode().strip();
        if (charity != null) {
            requireCharityOf(charity, c.villageCode());
        }
        return consents.save(new Consent(c.caseId(), charity, cmd.giverRelation(), cmd.giverName().strip(),
                cmd.givenOn(), blankToNull(cmd.documentNote()), user.username(), clock.instant()));
    }

    Consent withdraw(long consentId, String reason, CurrentUser user) {
        Consent consent = consents.findById(consentId).orElseThrow(() -> new NotFoundException("同意记录不存在。"));
        var r = recipients.recipients(java.util.List.of(consent.getCaseId())).get(consent.getCaseId());
        if (r == null || !OrgService.covers(user.orgCode(), r.villageCode())) {
            throw new NotFoundException("同意记录不存在。");
        }
        if (consent.getWithdrawnAt() != null) {
            throw new ConflictException("该同意已于 " + consent.getWithdrawnAt() + " 撤回。");
        }
        consent.withdraw(user.username(), clock.instant(), reason.strip());
        referrals.consentWithdrawn(consent.getId(), user.username());
        return consent;
    }

    /** A charity organisation of the district the village belongs to. */
    void requireCharityOf(String charityCode, String villageCode) {
        OrgUnit charity = orgs.find(charityCode).orElse(null);
        if (charity == null || charity.getLevel() != OrgLevel.CHARITY || charity.getParentCode() == null
                || !villageCode.startsWith(charity.getParentCode())) {
            throw new FieldValidationException("不是本区的慈善组织：" + charityCode,
                    java.util.List.of(new FieldError("charityCode", "不是本区的慈善组织：" + charityCode)));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
