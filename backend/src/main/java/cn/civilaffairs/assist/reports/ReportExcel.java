package cn.civilaffairs.assist.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report as the bureau files it: a title row, a period row, a header, then one row per street
 * with the district total last (sheet 街道); per village (sheet 村(社区)); for the annual evaluation
 * also per provider (sheet 服务机构). Numbers are numeric cells; "—" where there is nothing to divide.
 */
final class ReportExcel {
    static final String SHEET_STREETS = "街道";
    static final String SHEET_VILLAGES = "村(社区)";
    static final String SHEET_PROVIDERS = "服务机构";
    static final String TOTAL = "合计";

    /** One KPI column: its header and how to read it from the figures. */
    record Column(String header, Function<KpiFigures, Object> value) {}

    static final List<Column> KPI_COLUMNS = List.of(
            new Column("线索数", KpiFigures::leads),
            new Column("已发服务卡", KpiFigures::leadsWithCard),
            new Column("发卡率(%)", KpiFigures::cardPercent),
            new Column("线索至发卡天数(中位数)", KpiFigures::medianDaysToCard),
            new Column("分级关爱对象", KpiFigures::gradedPeople),
            new Column("按期走访", KpiFigures::visitedWithinInterval),
            new Column("走访达标率(%)", KpiFigures::visitCompliancePercent),
            new Column("预警数", KpiFigures::warningsRaised),
            new Column("升级预警数", KpiFigures::warningsEscalated),
            new Column("密码确认服务", KpiFigures::deliveriesByPin),
            new Column("信息员确认服务", KpiFigures::deliveriesByOfficer),
            new Column("密码确认占比(%)", KpiFigures::pinPercent),
            new Column("抽查数", KpiFigures::spotChecks),
            new Column("抽查不合格", KpiFigures::spotChecksFailed),
            new Column("抽查不合格率(%)", KpiFigures::spotCheckFailurePercent),
            new Column("服务人月", KpiFigures::standardMonths),
            new Column("达标人月", KpiFigures::standardMonthsMet),
            new Column("服务达标率(%)", KpiFigures::standardPercent),
            new Column("已审核结算单", KpiFigures::statementsApproved),
            new Column("月末至审核天数(中位数)", KpiFigures::medianDaysToApproval),
            new Column("转介人数", KpiFigures::referrals),
            new Column("已开展活动", KpiFigures::referralsStarted),
            new Column("转介至首次活动天数(中位数)", KpiFigures::medianDaysToFirstActivity));

    static final List<String> PROVIDER_HEADERS = List.of("服务机构", "编码", "密码确认服务", "信息员确认服务",
            "密码确认占比(%)", "服务金额(元)", "抽查数", "抽查不合格", "抽查不合格率(%)", "已审核结算单",
            "月末至审核天数(中位数)");

    private ReportExcel() {}

    static String title(ReportKind kind, KpiReport kpis) {
        return kpis.scopeName() + kind.label();
    }

    static byte[] write(ReportKind kind, KpiReport kpis) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            String period = "统计期间：" + kpis.from() + " 至 " + kpis.to();

            Sheet streets = sheet(wb, SHEET_STREETS, title(kind, kpis), period, "街道（镇）", bold);
            int r = 3;
            for (StreetKpis s : kpis.streets()) {
                kpiRow(streets.createRow(r++), s.name(), s.code(), s.figures());
            }
            Row total = streets.createRow(r);
            kpiRow(total, TOTAL, kpis.scopeCode(), kpis.total());
            total.getCell(0).setCellStyle(bold);

            Sheet villages = sheet(wb, SHEET_VILLAGES, title(kind, kpis), period, "村（社区）", bold);
            r = 3;
            for (StreetKpis s : kpis.streets()) {
                for (UnitKpis v : s.villages()) {
                    kpiRow(villages.createRow(r++), s.name() + " " + v.name(), v.code(), v.figures());
                }
            }

            if (kind == ReportKind.ANNUAL_EVALUATION) {
                Sheet providers = wb.createSheet(SHEET_PROVIDERS);
                header(providers, title(kind, kpis), period, PROVIDER_HEADERS, bold);
                r = 3;
                for (ProviderKpis p : kpis.providers()) {
                    Row row = providers.createRow(r++);
                    Object[] values = {p.providerName(), p.providerCode(), p.deliveriesByPin(),
                            p.deliveriesByOfficer(), p.pinPercent(), p.amount(), p.spotChecks(), p.spotChecksFailed(),
                            p.spotCheckFailurePercent(), p.statementsApproved(), p.medianDaysToApproval()};
                    for (int i = 0; i < values.length; i++) {
                        cell(row, i, values[i]);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet sheet(XSSFWorkbook wb, String name, String title, String period, String unitHeader,
            CellStyle bold) {
        Sheet sheet = wb.createSheet(name);
        List<String> headers = new java.util.ArrayList<>(List.of(unitHeader, "编码"));
        KPI_COLUMNS.forEach(c -> headers.add(c.header()));
        header(sheet, title, period, headers, bold);
        return sheet;
    }

    private static void header(Sheet sheet, String title, String period, List<String> headers, CellStyle bold) {
        Row t = sheet.createRow(0);
        t.createCell(0).setCellValue(title);
        t.getCell(0).setCellStyle(bold);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
        sheet.createRow(1).createCell(0).setCellValue(period);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, headers.size() - 1));
        Row head = sheet.createRow(2);
        for (int i = 0; i < headers.size(); i++) {
            head.createCell(i).setCellValue(headers.get(i));
            head.getCell(i).setCellStyle(bold);
        }
        sheet.createFreezePane(2, 3);
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 16 * 256);
    }

    private static void kpiRow(Row row, String name, String code, KpiFigures f) {
        row.createCell(0).setCellValue(name);
        row.createCell(1).setCellValue(code);
        for (int i = 0; i < KPI_COLUMNS.size(); i++) {
            cell(row, i + 2, KPI_COLUMNS.get(i).value().apply(f));
        }
    }

    private static void cell(Row row, int i, Object v) {
        if (v == null) {
            row.createCell(i).setCellValue("—");
        } else if (v instanceof BigDecimal d) {
            row.createCell(i).setCellValue(d.doubleValue());
        } else if (v instanceof Number n) {
            row.createCell(i).setCellValue(n.doubleValue());
        } else {
            row.createCell(i).setCellValue(v.toString());
        }
    }
}
