package cn.civilaffairs.assist.recognition;

import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.caseflow.CaseService.LeadCommand;
import cn.civilaffairs.assist.caseflow.LeadSource;
import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.common.FieldValidationException.FieldError;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.person.Person;
import cn.civilaffairs.assist.person.PersonService;
import cn.civilaffairs.assist.person.ResidentIdNumber;
import cn.civilaffairs.assist.recognition.ImportReport.Outcome;
import cn.civilaffairs.assist.recognition.ImportReport.RowResult;
import cn.civilaffairs.assist.recognition.internal.Recognition;
import cn.civilaffairs.assist.recognition.internal.RecognitionRepository;
import cn.civilaffairs.assist.security.CurrentUser;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district's monthly import of newly recognised 低保/特困 people (seed 002: 每月新认定的…跟进纳入).
 * All or nothing: any bad row (format, unknown village, village outside the caller's district) and
 * nothing is stored (400, every error with its row). A known person gets the recognition recorded; an
 * unknown one becomes a person and a lead (caseflow) for the village officer, source 数据比对. A row
 * imported before (same person, category and date) changes nothing, so a file imported twice opens
 * no second lead.
 */
@Service
public class RecognitionImport {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final RecognitionRepository recognitions;
    private final PersonService people;
    private final CaseService cases;
    private final OrgService orgs;
    private final Clock clock;

    RecognitionImport(RecognitionRepository recognitions, PersonService people, CaseService cases, OrgService orgs,
            Clock clock) {
        this.recognitions = recognitions;
        this.people = people;
        this.cases = cases;
        this.orgs = orgs;
        this.clock = clock;
    }

    @Transactional
    public ImportReport importFile(CurrentUser user, InputStream in) {
        RecognitionExcel.Parsed parsed;
        try {
            parsed = RecognitionExcel.parse(in, LocalDate.now(clock.withZone(SHANGHAI)),
                    code -> orgs.find(code).filter(o -> o.getLevel() == OrgLevel.VILLAGE)
                            .filter(o -> OrgService.covers(user.orgCode(), o.getCode())).isPresent());
        } catch (IllegalArgumentException e) {
            throw new FieldValidationException(e.getMessage(), List.of(new FieldError("file", e.getMessage())));
        }
        List<RecognitionExcel.BadCell> errors = new ArrayList<>(parsed.errors());
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(RecognitionExcel.BadCell::row));
            throw new FieldValidationException("有 " + errors.size() + " 处错误，未导入任何数据。请改正后重新导入。",
                    errors.stream().map(e -> new FieldError("第" + e.row() + "行 " + e.column(), e.message())).toList());
        }
        if (parsed.valid().isEmpty()) {
            throw new FieldValidationException("文件中没有数据行。", List.of(new FieldError("file", "文件中没有数据行。")));
        }
        Instant now = clock.instant();
        List<RowResult> results = new ArrayList<>();
        int recorded = 0;
        int leads = 0;
        int already = 0;
        for (RecognitionExcel.ImportRow row : parsed.valid()) {
            OrgUnit village = orgs.get(row.villageCode());
            Optional<Person> known = people.findByIdNumber(row.idNumber());
            Outcome outcome;
            String caseNo = null;
            long personId;
            if (known.isPresent()) {
                personId = known.get().getId();
                if (recognitions.findByPersonIdAndCategoryAndRecognisedOn(personId, row.category(), row.recognisedOn())
                        .isPresent()) {
                    already++;
                    results.add(result(row, village, Outcome.ALREADY_RECORDED, null));
                    continue;
                }
                outcome = Outcome.RECORDED;
                recorded++;
            } else {
                caseNo = cases.openLead(new LeadCommand(row.name(), row.idNumber(), null, null, row.villageCode(),
                        LeadSource.DATA_MATCH, null, "区民政局" + row.recognisedOn() + "新认定为" + row.category().label()
                                + "对象（每月新认定名单导入），请核实并跟进纳入服务类社会救助。"), user.username());
                personId = people.findByIdNumber(row.idNumber()).orElseThrow().getId();
                outcome = Outcome.LEAD_CREATED;
                leads++;
            }
            try {
                recognitions.saveAndFlush(new Recognition(personId, row.villageCode(), row.category(),
                        row.recognisedOn(), caseNo, user.username(), now));
            } catch (DataIntegrityViolationException concurrent) {
                throw new ConflictException("该名单正由他人同时导入，请稍后刷新查看，不要重复导入。");
            }
            results.add(result(row, village, outcome, caseNo));
        }
        return new ImportReport(parsed.totalRows(), recorded, leads, already, results);
    }

    private static RowResult result(RecognitionExcel.ImportRow row, OrgUnit village, Outcome outcome, String caseNo) {
        return new RowResult(row.rowNumber(), row.name(), new ResidentIdNumber(row.idNumber()).masked(),
                village.getName(), row.category(), row.recognisedOn(), outcome, caseNo);
    }
}
