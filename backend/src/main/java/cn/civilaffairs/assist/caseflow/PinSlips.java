package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.caseflow.internal.CardPinChange;
import cn.civilaffairs.assist.caseflow.internal.CardPinChangeRepository;
import cn.civilaffairs.assist.caseflow.internal.ServiceCard;
import cn.civilaffairs.assist.caseflow.internal.ServiceCardRepository;
import cn.civilaffairs.assist.caseflow.internal.ServiceCase;
import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.workflow.TaskInboxService;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PIN slip (密码函): the only place a card's PIN is ever shown. The PIN is made when the
 * street office prints the slip and only its hash is kept, so the first slip can be printed once;
 * after that (lost slip, forgotten or told PIN) the street office resets it, which kills the old
 * PIN at once and prints a new slip. The card row is locked, so two clerks printing at the same
 * moment cannot both get a slip. A printed slip completes the street office's task 打印密码函 in
 * the same transaction.
 */
@Service
class PinSlips {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ServiceCardRepository cards;
    private final CardPinChangeRepository changes;
    private final CaseService caseService;
    private final OrgService orgService;
    private final TaskInboxService inbox;
    private final Clock clock;

    PinSlips(ServiceCardRepository cards, CardPinChangeRepository changes, CaseService caseService,
            OrgService orgService, TaskInboxService inbox, Clock clock) {
        this.inbox = inbox;
        this.cards = cards;
        this.changes = changes;
        this.caseService = caseService;
        this.orgService = orgService;
        this.clock = clock;
    }

    /** The first slip after issue; refused (409) once the card has a PIN. */
    @Transactional
    public PinSlip firstSlip(ServiceCase c, CurrentUser user) {
        ServiceCard card = lockedCard(c, "打印密码函");
        if (card.getPinHash() != null) {
            throw new ConflictException(("服务卡 %s 的密码函已于 %s 打印，密码只显示这一次，不能再次查看。"
                    + "如密码函遗失或密码可能被他人知道，请重置密码并打印新的密码函。")
                    .formatted(card.getCardNo(), card.getPinSetAt().atZone(CaseService.SHANGHAI).format(WHEN)));
        }
        return newPin(c, card, CardPinChange.Kind.FIRST_SLIP, user);
    }

    /** A new PIN and slip: the old PIN fails from now on, the wrong-attempt count and lock are cleared. */
    @Transactional
    public PinSlip reset(ServiceCase c, CurrentUser user) {
        return newPin(c, lockedCard(c, "重置密码"), CardPinChange.Kind.RESET, user);
    }

    private ServiceCard lockedCard(ServiceCase c, String what) {
        // Only the number first: an entity loaded before the lock would keep its stale PIN state.
        String cardNo = cards.cardNosNewestFirst(c.getId()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("该案件尚未制发服务卡。"));
        ServiceCard card = cards.lockByCardNo(cardNo).orElseThrow();
        if (card.isRevoked()) {
            throw new ConflictException("服务卡 %s 已于 %s 注销，不能%s。".formatted(card.getCardNo(),
                    card.getRevokedAt().atZone(CaseService.SHANGHAI).toLocalDate(), what));
        }
        return card;
    }

    private PinSlip newPin(ServiceCase c, ServiceCard card, CardPinChange.Kind kind, CurrentUser user) {
        String actor = user.username();
        String old = card.getPinHash();
        String pin;
        do {
            pin = CardPinHash.newPin();
        } while (old != null && CardPinHash.matches(pin, old)); // a reset must kill the old PIN
        Instant now = clock.instant();
        card.newPin(CardPinHash.hash(pin), now, actor);
        changes.save(new CardPinChange(card.getCardNo(), kind, actor, now));
        caseService.event(c, actor, kind == CardPinChange.Kind.RESET ? CaseEventType.PIN_RESET : CaseEventType.PIN_SLIP_PRINTED,
                kind == CardPinChange.Kind.RESET
                        ? "重置服务卡 " + card.getCardNo() + " 的服务确认密码，原密码即时作废，已打印新的密码函"
                        : "打印服务卡 " + card.getCardNo() + " 的密码函");
        // The slip is printed, so the task asking for it is done; a reset never opens a new one, and
        // a reset before the first slip (which then cannot be printed) also answers the waiting task.
        inbox.completeDoneWork(user, CardPinSlipProcess.KEY, c.getCaseNo(), CardPinSlipProcess.TASK_PRINT_PIN_SLIP);
        OrgUnit village = orgService.find(c.getVillageCode()).orElse(null);
        String villageName = village == null ? null : village.getName();
        String streetName = village == null ? null
                : orgService.find(village.getParentCode()).map(OrgUnit::getName).orElse(null);
        return new PinSlip(c.getCaseNo(), card.getCardNo(), c.getSubjectName(), villageName, streetName,
                card.getValidFrom(), card.getValidTo(), pin, now, kind == CardPinChange.Kind.RESET);
    }
}
