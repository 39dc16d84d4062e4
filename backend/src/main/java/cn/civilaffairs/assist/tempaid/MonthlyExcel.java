package cn.civilaffairs.assist.tempaid;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The month's temporary-assistance payments as Excel (发放名单): one row per payment and a total. Pure POI. */
final class MonthlyExcel {
    static final String SHEET = "临时救助发放名单";
    static final String[] HEADERS = {"序号", "申请编号", "姓名", "身份证号", "村(社区)", "事件类型", "事件日期", "批准金额(元)",
        "审批方式", "发放日期", "发放金额(元)", "发放方式", "凭证号", "审批人"};

    private MonthlyExcel() {}

    record Row(String applicationNo, String name, String maskedIdNumber, String villageName, String eventType,
            LocalDate eventOn, BigDecimal amountGranted, String decidedHow, LocalDate paidOn, BigDecimal paidAmount,
            String method, String reference, String decidedBy) {}

    static byte[] export(String title, List<Row> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(SHEET);
            int columns = HEADERS.length;
            org.apache.poi.ss.usermodel.Row titleRow = sheet.createRow(0);
            Cell titleCell = titleRow.createCell(0);
            titleCell.setCellValue(title);
            titleCell.setCellStyle(titleStyle(wb));
            titleRow.setHeightInPoints(24);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));

            CellStyle header = headerStyle(wb);
            org.apache.poi.ss.usermodel.Row head = sheet.createRow(1);
            for (int i = 0; i < columns; i++) {
                Cell c = head.createCell(i);
                c.setCellValue(HEADERS[i]);
                c.setCellStyle(header);
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            int r = 2;
            BigDecimal total = BigDecimal.ZERO.setScale(2);
            for (Row row : rows) {
                org.apache.poi.ss.usermodel.Row x = sheet.createRow(r);
                Object[] values = {r - 1, row.applicationNo(), row.name(), row.maskedIdNumber(), row.villageName(),
                    row.eventType(), row.eventOn(), row.amountGranted(), row.decidedHow(), row.paidOn(), row.paidAmount(),
                    row.method(), row.reference(), row.decidedBy()};
                for (int i = 0; i < columns; i++) {
                    Object v = values[i];
                    if (v == null) {
                        continue;
                    }
                    Cell c = x.createCell(i);
                    if (v instanceof LocalDate d) {
                        c.setCellValue(d);
                        c.setCellStyle(date);
                    } else if (v instanceof BigDecimal b) {
                        c.setCellValue(b.doubleValue());
                        c.setCellStyle(money);
                    } else if (v instanceof Integer n) {
                        c.setCellValue(n);
                    } else {
                        c.setCellValue(v.toString());
                    }
                }
                total = total.add(row.paidAmount());
                r++;
            }
            org.apache.poi.ss.usermodel.Row sum = sheet.createRow(r);
            sum.createCell(0).setCellValue("合计");
            sum.createCell(2).setCellValue(rows.size() + " 人次");
            Cell totalCell = sum.createCell(10);
            totalCell.setCellValue(total.doubleValue());
            totalCell.setCellStyle(money);
            int[] widths = {6, 14, 10, 22, 14, 10, 12, 12, 14, 12, 12, 10, 16, 10};
            for (int i = 0; i < columns; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 2);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle titleStyle(Workbook wb) {
        Font font = wb.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) 14);
        CellStyle style = wb.createCellStyle();
        style.setFont(font);
        style.setAlignment(HorizontalAlignment.CENTER);
        return style;
    }

    private static CellStyle headerStyle(Workbook wb) {
        Font font = wb.createFont();
        font.setBold(true);
        CellStyle style = wb.createCellStyle();
        style.setFont(font);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
