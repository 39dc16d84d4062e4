package cn.civilaffairs.assist.recognition;

import cn.civilaffairs.assist.common.Text;
import cn.civilaffairs.assist.person.ResidentIdNumber;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The monthly recognition list as Excel: the template, and the parsing and checking of a filled-in
 * file. Pure Apache POI, no Spring; {@link IllegalArgumentException} from {@link #parse} means the file
 * as a whole cannot be read.
 */
final class RecognitionExcel {
    static final int MAX_ROWS = 5000;
    static final String NAME = "姓名";
    static final String ID_NUMBER = "身份证号";
    static final String VILLAGE_CODE = "村(社区)代码";
    static final String CATEGORY = "认定类别";
    static final String RECOGNISED_ON = "认定日期";
    static final List<String> COLUMNS = List.of(NAME, ID_NUMBER, VILLAGE_CODE, CATEGORY, RECOGNISED_ON);
    /** The template's example row starts its name with this mark and is skipped on import. */
    static final String EXAMPLE_MARK = "【示例】";
    private static final Pattern VILLAGE_CODE_PATTERN = Pattern.compile("[0-9]{12}");

    private RecognitionExcel() {}

    record ImportRow(int rowNumber, String name, String idNumber, String villageCode, RecognitionCategory category,
            LocalDate recognisedOn) {}

    /** One bad cell: the Excel row number (1-based) the user sees, the column and why. */
    record BadCell(int row, String column, String message) {}

    record Parsed(int totalRows, List<ImportRow> valid, List<BadCell> errors) {}

    static byte[] template() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("新认定名单");
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            Row head = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                head.createCell(i).setCellValue(COLUMNS.get(i));
                head.getCell(i).setCellStyle(header);
                sheet.setDefaultColumnStyle(i, text); // ID numbers and codes stay as typed
                sheet.setColumnWidth(i, (i == 1 ? 22 : 16) * 256);
            }
            String[] example = {EXAMPLE_MARK + "张某某", ResidentIdNumber.withCheckCharacter("36019919500512002").value(), "360199001001", "低保", "2026-06-01"};
            Row row = sheet.createRow(1);
            for (int i = 0; i < example.length; i++) {
                row.createCell(i).setCellValue(example[i]);
                row.getCell(i).setCellStyle(text);
            }
            var helper = sheet.getDataValidationHelper();
            DataValidation v = helper.createValidation(helper.createExplicitListConstraint(new String[] {"低保", "特困"}),
                    new CellRangeAddressList(1, MAX_ROWS, 3, 3));
            v.setShowErrorBox(true);
            sheet.addValidationData(v);
            sheet.createFreezePane(0, 1);
            Sheet help = wb.createSheet("说明");
            String[] lines = {
                "每月由区民政局导入当月新认定的低保、特困人员名单。",
                "姓名：必填，不超过50个字。身份证号：18位，单元格保持文本格式；同一文件内不得重复。",
                "村(社区)代码：12位统计用区划代码。认定类别：低保 或 特困。认定日期：yyyy-mm-dd，不晚于今天。",
                "系统中已有的人员登记认定信息；尚无记录的人员新建人员并生成线索，交所在村(社区)信息员跟进纳入。",
                "有任何一行错误时整个文件不导入，并逐行列出错误；同一文件重复导入不会重复生成线索。",
                "第二行是示例（姓名以“" + EXAMPLE_MARK + "”开头），导入时自动跳过。"};
            for (int i = 0; i < lines.length; i++) {
                help.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            help.setColumnWidth(0, 100 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Parsed parse(InputStream xlsx, LocalDate today, java.util.function.Predicate<String> villageInScope) {
        Workbook workbook;
        try {
            workbook = new XSSFWorkbook(xlsx);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("无法读取文件，请上传 Excel（.xlsx）格式的文件。", e);
        }
        try (workbook) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new IllegalArgumentException("文件中没有工作表。");
            }
            return parse(workbook.getSheetAt(0), today, villageInScope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Parsed parse(Sheet sheet, LocalDate today, java.util.function.Predicate<String> villageInScope) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        Row header = sheet.getRow(sheet.getFirstRowNum());
        if (header == null) {
            throw new IllegalArgumentException("文件是空的。");
        }
        Map<String, Integer> columns = new HashMap<>();
        for (Cell cell : header) {
            String key = key(read(cell, formatter));
            for (String column : COLUMNS) {
                if (key(column).equals(key)) {
                    columns.put(column, cell.getColumnIndex());
                }
            }
        }
        List<String> missing = COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("缺少列：" + String.join("、", missing) + "。请使用导入模板。");
        }
        int total = 0;
        List<ImportRow> valid = new ArrayList<>();
        List<BadCell> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            boolean blank = true;
            for (String column : COLUMNS) {
                String v = read(row.getCell(columns.get(column)), formatter);
                values.put(column, v);
                blank &= v.isEmpty();
            }
            if (blank || values.get(NAME).startsWith(EXAMPLE_MARK)) {
                continue;
            }
            if (++total > MAX_ROWS) {
                throw new IllegalArgumentException("数据超过" + MAX_ROWS + "行，请分成多个文件导入。");
            }
            int rowNumber = r + 1;
            int before = errors.size();
            String name = values.get(NAME);
            if (name.isEmpty()) {
                errors.add(new BadCell(rowNumber, NAME, "姓名不能为空。"));
            } else if (name.codePointCount(0, name.length()) > 50 || !Text.isClean(name, false)) {
                errors.add(new BadCell(rowNumber, NAME, "姓名不能超过50个字，不能含控制字符。"));
            }
            String id = values.get(ID_NUMBER).toUpperCase(Locale.ROOT);
            String problem = id.isEmpty() ? "身份证号不能为空。" : ResidentIdNumber.problem(id);
            if (problem != null) {
                errors.add(new BadCell(rowNumber, ID_NUMBER, problem));
            } else {
                Integer first = seen.putIfAbsent(id, rowNumber);
                if (first != null) {
                    errors.add(new BadCell(rowNumber, ID_NUMBER, "身份证号与第" + first + "行重复。"));
                }
            }
            String village = values.get(VILLAGE_CODE);
            if (!VILLAGE_CODE_PATTERN.matcher(village).matches()) {
                errors.add(new BadCell(rowNumber, VILLAGE_CODE, "村(社区)代码应为12位数字。"));
            } else if (!villageInScope.test(village)) {
                errors.add(new BadCell(rowNumber, VILLAGE_CODE, "村（社区）不存在或不在您的管辖范围内。"));
            }
            RecognitionCategory category = category(values.get(CATEGORY));
            if (category == null) {
                errors.add(new BadCell(rowNumber, CATEGORY, "认定类别应为“低保”或“特困”，而不是“" + values.get(CATEGORY) + "”。"));
            }
            LocalDate on = date(values.get(RECOGNISED_ON));
            if (on == null) {
                errors.add(new BadCell(rowNumber, RECOGNISED_ON, "认定日期应为 yyyy-mm-dd 格式的日期。"));
            } else if (on.isAfter(today)) {
                errors.add(new BadCell(rowNumber, RECOGNISED_ON, "认定日期不能晚于今天。"));
            }
            if (errors.size() == before) {
                valid.add(new ImportRow(rowNumber, name, id, village, category, on));
            }
        }
        return new Parsed(total, valid, errors);
    }

    static RecognitionCategory category(String text) {
        String t = text.strip();
        return switch (t) {
            case "低保", "最低生活保障", "低保对象", "DIBAO" -> RecognitionCategory.DIBAO;
            case "特困", "特困供养", "特困人员", "特困供养人员", "TEKUN" -> RecognitionCategory.TEKUN;
            default -> null;
        };
    }

    private static LocalDate date(String text) {
        String t = text.strip().replace('/', '-').replace('.', '-');
        try {
            String[] parts = t.split("-");
            if (parts.length != 3) {
                return null;
            }
            return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }

    private static String read(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String text = switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : new BigDecimal(cell.getNumericCellValue()).toPlainString();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
        return text.replace('\u00a0', ' ').strip();
    }

    private static String key(String header) {
        return header.replace('（', '(').replace('）', ')').replace("*", "").replaceAll("\\s+", "");
    }
}
