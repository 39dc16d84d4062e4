package cn.civilaffairs.assist.serviceorder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The statement as the street office files it: header, one row per line, the total as a SUM formula
 * and a value. Deductions (扣减) are rows with a negative amount naming the original delivery, its
 * month, the statement that paid it and the reason; the total is the net.
 */
final class StatementExcel {
    static final String[] HEADERS = {"序号", "服务日期", "服务对象", "服务项目", "开始", "结束", "时长(分钟)", "数量",
            "单价(元)", "金额(元)", "服务人员", "确认方式", "说明"};

    private StatementExcel() {}

    static byte[] write(StatementView view) throws IOException {
        StatementRow s = view.statement();
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("结算单");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("0.00"));

            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(("PROVIDER".equals(s.kind()) ? "政府购买服务月度" : "邻里互助月度补贴")
                    + (s.supplementNo() > 0 ? "补充结算单（第%d次）".formatted(s.supplementNo()) : "结算单"));
            title.getCell(0).setCellStyle(bold);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.length - 1));
            Row meta = sheet.createRow(1);
            meta.createCell(0).setCellValue("结算单号：" + s.statementNo() + "　月份：" + s.month() + "　"
                    + ("PROVIDER".equals(s.kind()) ? "服务机构：" : "互助员：") + s.partyName() + "　街道（镇）："
                    + s.streetName() + "　状态：" + statusLabel(s.status())
                    + (s.approverName() == null ? "" : "　审核人：" + s.approverName())
                    + (s.deductionCount() == 0 ? "" : "　扣减：%d 条 %s 元".formatted(s.deductionCount(),
                            s.deductionAmount().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString())));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, HEADERS.length - 1));
            Row head = sheet.createRow(3);
            for (int i = 0; i < HEADERS.length; i++) {
                head.createCell(i).setCellValue(HEADERS[i]);
                head.getCell(i).setCellStyle(bold);
            }
            int r = 4;
            int n = 1;
            for (StatementLine l : view.lines()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(n++);
                row.createCell(1).setCellValue(l.date().toString());
                row.createCell(2).setCellValue(l.recipientName());
                row.createCell(3).setCellValue(l.itemName());
                row.createCell(4).setCellValue(l.startTime() == null ? "" : l.startTime());
                row.createCell(5).setCellValue(l.endTime() == null ? "" : l.endTime());
                row.createCell(6).setCellValue(l.minutes());
                row.createCell(7).setCellValue(l.quantity().doubleValue());
                row.createCell(8).setCellValue(l.unitPrice().doubleValue());
                row.createCell(9).setCellValue(l.amount().doubleValue());
                row.getCell(9).setCellStyle(money);
                row.createCell(10).setCellValue(l.staffName() == null ? "" : l.staffName());
                row.createCell(11).setCellValue(methodLabel(l.confirmMethod()));
                row.createCell(12).setCellValue(ServiceQueries.LINE_DEDUCTION.equals(l.type())
                        ? "扣减：服务记录 %d（%s，原结算单 %s）%s".formatted(l.deliveryId(), l.month(),
                                l.originalStatementNo(), l.reason() == null ? "" : l.reason())
                        : "");
            }
            Row total = sheet.createRow(r);
            total.createCell(0).setCellValue("合计");
            total.getCell(0).setCellStyle(bold);
            total.createCell(6).setCellValue(view.lines().size() + " 条");
            var sum = total.createCell(9);
            if (view.lines().isEmpty()) {
                sum.setCellValue(0);
            } else {
                sum.setCellFormula("SUM(J5:J" + r + ")");
            }
            sum.setCellStyle(money);
            total.createCell(10).setCellValue(s.totalAmount().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
            for (int i = 0; i < HEADERS.length; i++) {
                sheet.setColumnWidth(i, i == 3 ? 24 * 256 : i == 12 ? 48 * 256 : 13 * 256);
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
            return out.toByteArray();
        }
    }

    static BigDecimal total(StatementView view) {
        return view.lines().stream().map(StatementLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String statusLabel(String status) {
        return switch (status) {
            case "APPROVED" -> "已审核";
            case "SUBMITTED" -> "待审核";
            default -> "草稿";
        };
    }

    private static String methodLabel(String method) {
        if (method == null) {
            return "";
        }
        return "PIN".equals(method) ? "服务卡密码" : "信息员确认";
    }
}
