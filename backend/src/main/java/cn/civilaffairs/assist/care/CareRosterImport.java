package cn.civilaffairs.assist.care;

import cn.civilaffairs.assist.care.CareService.EnrolCommand;
import cn.civilaffairs.assist.care.internal.CareEnrolments;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.common.FieldValidationException.FieldError;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.person.PersonService;
import cn.civilaffairs.assist.security.CurrentUser;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Roster export and import (台账): import checks every row and imports nothing half-way. */
@Service
class CareRosterImport {
    private final CareService care;
    private final CareQueryService queries;
    private final CareEnrolments enrolments;
    private final OrgService orgs;
    private final PersonService people;

    CareRosterImport(CareService care, CareQueryService queries, CareEnrolments enrolments, OrgService orgs,
            PersonService people) {
        this.care = care;
        this.queries = queries;
        this.enrolments = enrolments;
        this.orgs = orgs;
        this.people = people;
    }

    record Report(int totalRows, int validRows, int imported, List<RosterExcel.RowError> errors) {}

    @Transactional(readOnly = true)
    byte[] export(CurrentUser user, String villageCode) {
        List<RosterRow> rows = queries.rosterForExport(user, villageCode);
        String area = villageCode != null ? orgs.get(villageCode).getName() : user.orgName();
        return RosterExcel.export(area + " 特殊困难群体关爱帮扶台账", rows.stream().map(r -> new RosterExcel.ExportRow(
                r.enrolmentNo(), r.personName(), r.maskedIdNumber(), r.villageName(), r.group().label(), r.level(),
                r.responsibleName(), r.lastVisitOn(), r.nextDueOn(),
                r.visitStatus() == null ? "" : r.visitStatus().label(),
                r.warning() == null ? "" : r.warning().kind().label(), r.lastVisitLateReason())).toList());
    }

    @Transactional
    Report importRoster(CurrentUser user, InputStream in, String mode) {
        RosterExcel.Parsed parsed;
        try {
            parsed = RosterExcel.parse(in);
        } catch (IllegalArgumentException e) {
            throw new FieldValidationException(e.getMessage(), List.of(new FieldError("file", e.getMessage())));
        }
        List<RosterExcel.RowError> errors = new ArrayList<>(parsed.errors());
        List<RosterExcel.ImportRow> good = new ArrayList<>();
        for (RosterExcel.ImportRow row : parsed.valid()) {
            boolean villageOk = orgs.find(row.villageCode()).filter(o -> o.getLevel() == OrgLevel.VILLAGE)
                    .filter(o -> OrgService.covers(user.orgCode(), o.getCode())).isPresent();
            if (!villageOk) {
                errors.add(new RosterExcel.RowError(row.rowNumber(), "村(社区)代码", "村（社区）不存在或不在您的管辖范围内。"));
                continue;
            }
            var existing = people.findByIdNumber(row.idNumber()).flatMap(p -> enrolments.findByActivePersonId(p.getId()));
            if (existing.isPresent()) {
                errors.add(new RosterExcel.RowError(row.rowNumber(), "身份证号",
                        "该人员已在关爱帮扶名单中（编号 " + existing.get().getEnrolmentNo() + "）。"));
                continue;
            }
            good.add(row);
        }
        errors.sort(Comparator.comparingInt(RosterExcel.RowError::row));
        int imported = 0;
        if ("all".equals(mode) && !errors.isEmpty()) {
            throw new FieldValidationException("有 " + errors.size() + " 处错误，未导入任何数据。可改正后重新导入，或选择仅导入正确行。",
                    errors.stream().map(e -> new FieldError("第" + e.row() + "行 " + e.column(), e.message())).toList());
        }
        if (!"check".equals(mode)) {
            for (RosterExcel.ImportRow row : good) {
                care.enrol(new EnrolCommand(row.name(), row.idNumber(), row.phone(), row.address(), row.villageCode(),
                        row.group(), row.facts(), row.note()), user);
                imported++;
            }
        }
        return new Report(parsed.totalRows(), good.size(), imported, errors);
    }
}
