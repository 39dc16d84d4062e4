package cn.civilaffairs.assist.care;

import cn.civilaffairs.assist.common.SelfCare;
import cn.civilaffairs.assist.common.Text;
import cn.civilaffairs.assist.person.ResidentIdNumber;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The care roster (台账) as Excel: the export of the roster list, the import template and the
 * parsing and checking of a filled-in import file. Pure Apache POI, no Spring; the controller
 * turns {@link IllegalArgumentException} from {@link #parse} into a 400.
 */
final class RosterExcel {

    /** Most data rows one import file may hold. */
    static final int MAX_ROWS = 5000;

    static final List<String> IMPORT_COLUMNS = List.of("姓名", "身份证号", "联系电话", "住址", "村(社区)代码", "人群类别",
            "单独一人生活", "生活自理能力", "居住偏僻", "500米内在家邻居(户)", "大病重残", "照料人自身困难", "有法定赡养抚养人",
            "赡养抚养缺失或照护不到位", "备注");

    private static final String NAME = "姓名";
    private static final String ID_NUMBER = "身份证号";
    private static final String PHONE = "联系电话";
    private static final String ADDRESS = "住址";
    private static final String VILLAGE_CODE = "村(社区)代码";
    private static final String GROUP = "人群类别";
    private static final String LIVES_ALONE = "单独一人生活";
    private static final String SELF_CARE = "生活自理能力";
    private static final String REMOTE = "居住偏僻";
    private static final String NEIGHBOURS = "500米内在家邻居(户)";
    private static final String ILLNESS = "大病重残";
    private static final String CARER = "照料人自身困难";
    private static final String SUPPORTER = "有法定赡养抚养人";
    private static final String SUPPORT_LACKING = "赡养抚养缺失或照护不到位";
    private static final String NOTE = "备注";

    /**
     * The template's example row starts its name with this mark and is skipped on import, so a
     * template sent back unchanged never enrols 张某某. Templates downloaded before the mark are
     * recognised by their example person (name and ID number).
     */
    static final String EXAMPLE_MARK = "【示例】";
    private static final String EXAMPLE_NAME = "张某某";
    private static final String EXAMPLE_ID_NUMBER = ResidentIdNumber.withCheckCharacter("36019919430512002").value();
    private static final String OLD_EXAMPLE_NOTE = "示例行，导入前请删除";

    private static final Set<String> OPTIONAL_COLUMNS = Set.of(PHONE, ADDRESS, NOTE);

    private static final int MAX_NAME = 50;
    private static final int MAX_ADDRESS = 200;
    private static final int MAX_NOTE = 500;
    private static final Pattern PHONE_PATTERN = Pattern.compile("[0-9+\\-]{7,20}");
    private static final Pattern VILLAGE_CODE_PATTERN = Pattern.compile("[0-9]{12}");
    private static final Pattern INTEGER_PATTERN = Pattern.compile("[+-]?[0-9]{1,9}");

    private static final Set<String> TRUE_WORDS = Set.of("是", "y", "yes", "true", "1");
    private static final Set<String> FALSE_WORDS = Set.of("否", "n", "no", "false", "0");

    private static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final String[] EXPORT_HEADERS = {"编号", "姓名", "身份证号", "村(社区)", "人群类别", "关爱等级", "责任人",
        "最近走访", "下次应访", "走访状态", "预警", "最近走访补录"};

    private RosterExcel() {
    }

    record ExportRow(String enrolmentNo, String personName, String maskedIdNumber, String villageName, String groupLabel,
            Integer level, String responsibleName, LocalDate lastVisitOn, LocalDate nextDueOn, String visitStatusLabel,
            String warningLabel, String lastVisitLateReason) {

        /** The row without a late-entered last visit. */
        ExportRow(String enrolmentNo, String personName, String maskedIdNumber, String villageName, String groupLabel,
                Integer level, String responsibleName, LocalDate lastVisitOn, LocalDate nextDueOn,
                String visitStatusLabel, String warningLabel) {
            this(enrolmentNo, personName, maskedIdNumber, villageName, groupLabel, level, responsibleName, lastVisitOn,
                    nextDueOn, visitStatusLabel, warningLabel, null);
        }
    }

    /** One good row of an import file; {@code rowNumber} is the Excel row number (1-based) the user sees. */
    record ImportRow(int rowNumber, String name, String idNumber, String phone, String address, String villageCode,
            CareGroup group, CareFacts facts, String note) {
    }

    /** One bad cell: Excel row number (1-based), the import column's name and why. */
    record RowError(int row, String column, String message) {
    }

    /** {@code totalRows} counts the non-blank data rows; a row with any error is not in {@code valid}. */
    record Parsed(int totalRows, List<ImportRow> valid, List<RowError> errors) {
        Parsed {
            valid = List.copyOf(valid);
            errors = List.copyOf(errors);
        }
    }

    // ------------------------------------------------------------------------------------------
    // Export

    static byte[] export(String title, List<ExportRow> rows) {
        Objects.requireNonNull(rows, "rows");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("关爱对象台账");
            int columns = EXPORT_HEADERS.length;

            Row titleRow = sheet.createRow(0);
            titleRow.setHeightInPoints(26);
            Cell titleCell = titleRow.createCell(0);
            titleCell.setCellValue(title == null || title.isBlank() ? "特殊困难群体关爱台账" : title.strip());
            titleCell.setCellStyle(titleStyle(wb));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));

            CellStyle headerStyle = headerStyle(wb);
            Row header = sheet.createRow(1);
            int[] widths = new int[columns];
            for (int i = 0; i < columns; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(EXPORT_HEADERS[i]);
                cell.setCellStyle(headerStyle);
                widths[i] = displayWidth(EXPORT_HEADERS[i]) + 2; // room for the filter button
            }

            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat(DATE_FORMAT));
            int r = 2;
            for (ExportRow row : rows) {
                Row excelRow = sheet.createRow(r++);
                Object[] values = {row.enrolmentNo(), row.personName(), row.maskedIdNumber(), row.villageName(),
                    row.groupLabel(), levelLabel(row.level()), row.responsibleName(), row.lastVisitOn(), row.nextDueOn(),
                    row.visitStatusLabel(), row.warningLabel(),
                    row.lastVisitLateReason() == null ? null : "补录：" + row.lastVisitLateReason()};
                for (int i = 0; i < columns; i++) {
                    Object value = values[i];
                    if (value == null) {
                        continue;
                    }
                    Cell cell = excelRow.createCell(i);
                    if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                        widths[i] = Math.max(widths[i], DATE_FORMAT.length() + 2);
                    } else {
                        String text = value.toString();
                        cell.setCellValue(text);
                        widths[i] = Math.max(widths[i], displayWidth(text) + 2);
                    }
                }
            }

            for (int i = 0; i < columns; i++) {
                sheet.setColumnWidth(i, Math.min(Math.max(widths[i], 8), 60) * 256);
            }
            sheet.createFreezePane(0, 2);
            sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, columns - 1));
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String levelLabel(Integer level) {
        if (level == null) {
            return "未定级";
        }
        return switch (level) {
            case 3 -> "三级";
            case 2 -> "二级";
            case 1 -> "一级";
            default -> "未定级";
        };
    }

    // ------------------------------------------------------------------------------------------
    // Template

    static byte[] template() {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("导入数据");
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            CellStyle headerStyle = headerStyle(wb);

            Row header = sheet.createRow(0);
            for (int i = 0; i < IMPORT_COLUMNS.size(); i++) {
                String column = IMPORT_COLUMNS.get(i);
                Cell cell = header.createCell(i);
                cell.setCellValue(column);
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(i, Math.min(Math.max(displayWidth(column) + 2, 10), 40) * 256);
                if (!column.equals(NEIGHBOURS)) {
                    // Text, so that Excel keeps ID numbers, phone numbers and codes as typed.
                    sheet.setDefaultColumnStyle(i, text);
                }
            }
            sheet.setColumnWidth(IMPORT_COLUMNS.indexOf(ID_NUMBER), 22 * 256);
            sheet.setColumnWidth(IMPORT_COLUMNS.indexOf(ADDRESS), 30 * 256);
            sheet.setColumnWidth(IMPORT_COLUMNS.indexOf(GROUP), 24 * 256);
            sheet.setColumnWidth(IMPORT_COLUMNS.indexOf(NOTE), 30 * 256);

            Map<String, Object> example = new LinkedHashMap<>();
            example.put(NAME, EXAMPLE_MARK + EXAMPLE_NAME);
            example.put(ID_NUMBER, EXAMPLE_ID_NUMBER);
            example.put(PHONE, "13900000000");
            example.put(ADDRESS, "某某村三组12号");
            example.put(VILLAGE_CODE, "360199001001");
            example.put(GROUP, CareGroup.EMPTY_NEST_LEFT_BEHIND_ELDERLY.label());
            example.put(LIVES_ALONE, "是");
            example.put(SELF_CARE, SelfCare.PARTIAL.label());
            example.put(REMOTE, "是");
            example.put(NEIGHBOURS, 0);
            example.put(ILLNESS, "否");
            example.put(CARER, "否");
            example.put(SUPPORTER, "是");
            example.put(SUPPORT_LACKING, "否");
            example.put(NOTE, "示例行，导入时自动跳过");
            Row exampleRow = sheet.createRow(1);
            for (int i = 0; i < IMPORT_COLUMNS.size(); i++) {
                Object value = example.get(IMPORT_COLUMNS.get(i));
                Cell cell = exampleRow.createCell(i);
                if (value instanceof Integer n) {
                    cell.setCellValue(n);
                } else {
                    cell.setCellValue((String) value);
                    cell.setCellStyle(text);
                }
            }

            DataValidationHelper dv = sheet.getDataValidationHelper();
            String[] groups = Arrays.stream(CareGroup.values()).map(CareGroup::label).toArray(String[]::new);
            String[] selfCare = Arrays.stream(SelfCare.values()).map(SelfCare::label).toArray(String[]::new);
            addValidation(sheet, dv.createExplicitListConstraint(groups), GROUP);
            addValidation(sheet, dv.createExplicitListConstraint(selfCare), SELF_CARE);
            for (String column : List.of(LIVES_ALONE, REMOTE, ILLNESS, CARER, SUPPORTER, SUPPORT_LACKING)) {
                addValidation(sheet, dv.createExplicitListConstraint(new String[] {"是", "否"}), column);
            }
            addValidation(sheet, dv.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "99"),
                    NEIGHBOURS);
            sheet.createFreezePane(0, 1);

            explanationSheet(wb, headerStyle, groups, selfCare);
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addValidation(Sheet sheet, DataValidationConstraint constraint, String column) {
        int col = IMPORT_COLUMNS.indexOf(column);
        DataValidation validation = sheet.getDataValidationHelper()
                .createValidation(constraint, new CellRangeAddressList(1, MAX_ROWS, col, col));
        validation.setShowErrorBox(true);
        validation.createErrorBox("填写有误", "请按“说明”工作表填写“" + column + "”。");
        sheet.addValidationData(validation);
    }

    private static void explanationSheet(Workbook wb, CellStyle headerStyle, String[] groups, String[] selfCare) {
        Sheet sheet = wb.createSheet("说明");
        CellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        String yesNo = "填写“是”或“否”（也可填 Y/N、true/false、1/0）。";
        String[][] lines = {
            {NAME, "必填", "不超过" + MAX_NAME + "个字。"},
            {ID_NUMBER, "必填", "18位居民身份证号码，末位可为X；同一文件内不得重复。请保持单元格为文本格式，以免Excel把号码变成科学计数法。"},
            {PHONE, "选填", "7至20位，可含数字、“-”和“+”。"},
            {ADDRESS, "选填", "不超过" + MAX_ADDRESS + "个字。"},
            {VILLAGE_CODE, "必填", "12位统计用区划代码（村、社区）。"},
            {GROUP, "必填", "填写以下之一：" + String.join("；", groups) + "。"},
            {LIVES_ALONE, "必填", yesNo},
            {SELF_CARE, "必填", "填写以下之一：" + String.join("、", selfCare) + "。"},
            {REMOTE, "必填", yesNo},
            {NEIGHBOURS, "必填", "约500米范围内常年在家的邻居户数，0至99的整数。"},
            {ILLNESS, "必填", "是否患大病或重度残疾。" + yesNo},
            {CARER, "必填", "照料人自身是否存在困难。" + yesNo},
            {SUPPORTER, "必填", "是否有法定赡养（抚养）人。" + yesNo},
            {SUPPORT_LACKING, "必填", "法定赡养（抚养）人是否履行义务不到位或照护不到位。" + yesNo},
            {NOTE, "选填", "不超过" + MAX_NOTE + "个字。"},
        };
        Row header = sheet.createRow(0);
        String[] titles = {"列名", "是否必填", "填写说明及允许的值"};
        for (int i = 0; i < titles.length; i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(titles[i]);
            cell.setCellStyle(headerStyle);
        }
        int r = 1;
        for (String[] line : lines) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < line.length; i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(line[i]);
                cell.setCellStyle(wrap);
            }
        }
        r++;
        for (String note : List.of(
                "1. 请在“导入数据”工作表中填写，第一行为表头，列名不可修改，列的顺序可以调整。",
                "2. 第二行是示例（姓名以“" + EXAMPLE_MARK + "”开头），导入时自动跳过；完全空白的行也会被忽略。",
                "3. 每个文件最多" + MAX_ROWS + "行数据。",
                "4. 关爱等级由村“两委”会议根据以上情况评定，导入后进入定级流程。")) {
            Cell cell = sheet.createRow(r++).createCell(0);
            cell.setCellValue(note);
        }
        sheet.setColumnWidth(0, 26 * 256);
        sheet.setColumnWidth(1, 10 * 256);
        sheet.setColumnWidth(2, 80 * 256);
    }

    // ------------------------------------------------------------------------------------------
    // Import

    static Parsed parse(InputStream xlsx) {
        Objects.requireNonNull(xlsx, "xlsx");
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
            return parse(workbook.getSheetAt(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Parsed parse(Sheet sheet) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        Row header = null;
        for (Row row : sheet) {
            Cell first = null;
            for (Cell cell : row) {
                if (!read(cell, formatter).text().isEmpty()) {
                    first = cell;
                    break;
                }
            }
            if (first != null && headerKey(read(first, formatter).text()).equals(NAME)) {
                header = row;
                break;
            }
        }
        if (header == null) {
            throw new IllegalArgumentException("未找到表头行（第一列为“姓名”的行），请使用导入模板。");
        }
        int headerRowNumber = header.getRowNum() + 1;

        Map<String, Integer> columns = new HashMap<>();
        Map<String, String> byKey = IMPORT_COLUMNS.stream().collect(Collectors.toMap(RosterExcel::headerKey, c -> c));
        for (Cell cell : header) {
            String column = byKey.get(headerKey(read(cell, formatter).text()));
            if (column != null) {
                columns.putIfAbsent(column, cell.getColumnIndex());
            }
        }
        List<RowError> missing = new ArrayList<>();
        for (String column : IMPORT_COLUMNS) {
            if (!columns.containsKey(column) && !OPTIONAL_COLUMNS.contains(column)) {
                missing.add(new RowError(headerRowNumber, column, "缺少必填列“" + column + "”，请使用导入模板。"));
            }
        }
        if (!missing.isEmpty()) {
            int total = 0;
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && !isBlank(row, formatter)) {
                    total++;
                }
            }
            return new Parsed(total, List.of(), missing);
        }

        int total = 0;
        List<ImportRow> valid = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> seenIdNumbers = new HashMap<>();
        for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, Value> values = new HashMap<>();
            boolean blank = true;
            for (String column : IMPORT_COLUMNS) {
                Integer index = columns.get(column);
                Value value = index == null ? Value.EMPTY : read(row.getCell(index), formatter);
                values.put(column, value);
                blank &= value.text().isEmpty();
            }
            if (blank || isExample(values)) {
                continue;
            }
            if (++total > MAX_ROWS) {
                throw new IllegalArgumentException("数据超过" + MAX_ROWS + "行，请分成多个文件导入。");
            }
            new RowParser(r + 1, values, seenIdNumbers, errors).parseInto(valid);
        }
        return new Parsed(total, valid, errors);
    }

    private static boolean isExample(Map<String, Value> values) {
        String name = values.get(NAME).text();
        return name.startsWith(EXAMPLE_MARK)
                || name.equals(EXAMPLE_NAME) && values.get(ID_NUMBER).text().equalsIgnoreCase(EXAMPLE_ID_NUMBER)
                        && values.get(NOTE).text().equals(OLD_EXAMPLE_NOTE);
    }

    /** Checks one data row, adding its errors, or the row itself when it has none. */
    private static final class RowParser {
        private final int rowNumber;
        private final Map<String, Value> values;
        private final Map<String, Integer> seenIdNumbers;
        private final List<RowError> errors;
        private boolean failed;

        RowParser(int rowNumber, Map<String, Value> values, Map<String, Integer> seenIdNumbers, List<RowError> errors) {
            this.rowNumber = rowNumber;
            this.values = values;
            this.seenIdNumbers = seenIdNumbers;
            this.errors = errors;
        }

        void parseInto(List<ImportRow> valid) {
            String name = text(NAME, true, MAX_NAME);
            String idNumber = idNumber();
            String phone = text(PHONE, false, 20);
            if (phone != null && !PHONE_PATTERN.matcher(phone).matches()) {
                error(PHONE, "联系电话应为7至20位，只能包含数字、“-”和“+”。");
            }
            String address = text(ADDRESS, false, MAX_ADDRESS);
            String villageCode = text(VILLAGE_CODE, true, Integer.MAX_VALUE);
            if (villageCode != null && !VILLAGE_CODE_PATTERN.matcher(villageCode).matches()) {
                error(VILLAGE_CODE, "村(社区)代码应为12位数字。");
            }
            CareGroup group = group();
            Boolean livesAlone = yesNo(LIVES_ALONE);
            SelfCare selfCare = selfCare();
            Boolean remote = yesNo(REMOTE);
            Integer neighbours = neighbours();
            Boolean illness = yesNo(ILLNESS);
            Boolean carer = yesNo(CARER);
            Boolean supporter = yesNo(SUPPORTER);
            Boolean supportLacking = yesNo(SUPPORT_LACKING);
            String note = text(NOTE, false, MAX_NOTE);
            if (!failed) {
                valid.add(new ImportRow(rowNumber, name, idNumber, phone, address, villageCode, group,
                        new CareFacts(livesAlone, selfCare, remote, neighbours, illness, carer, supporter, supportLacking),
                        note));
            }
        }

        private void error(String column, String message) {
            errors.add(new RowError(rowNumber, column, message));
            failed = true;
        }

        /** The trimmed text, or null when empty (after an error if it is required) or too long. */
        private String text(String column, boolean required, int maxLength) {
            String text = values.get(column).text();
            if (text.isEmpty()) {
                if (required) {
                    error(column, "“" + column + "”不能为空。");
                }
                return null;
            }
            if (text.codePointCount(0, text.length()) > maxLength) {
                error(column, "“" + column + "”不能超过" + maxLength + "个字。");
                return null;
            }
            if (!Text.isClean(text, column.equals(NOTE) || column.equals(ADDRESS))) {
                error(column, "“" + column + "”" + Text.FORBIDDEN_MESSAGE);
                return null;
            }
            return text;
        }

        private String idNumber() {
            String idNumber = text(ID_NUMBER, true, Integer.MAX_VALUE);
            if (idNumber == null) {
                return null;
            }
            idNumber = idNumber.toUpperCase(Locale.ROOT);
            String problem = ResidentIdNumber.problem(idNumber);
            if (problem != null) {
                if (values.get(ID_NUMBER).numeric()) {
                    problem += "（该单元格是数字格式，Excel会丢失15位以后的数字，请改为文本格式后重新填写。）";
                }
                error(ID_NUMBER, problem);
                return null;
            }
            Integer first = seenIdNumbers.putIfAbsent(idNumber, rowNumber);
            if (first != null) {
                error(ID_NUMBER, "身份证号与第" + first + "行重复。");
                return null;
            }
            return idNumber;
        }

        private CareGroup group() {
            String text = text(GROUP, true, Integer.MAX_VALUE);
            if (text == null) {
                return null;
            }
            CareGroup group = parseGroup(text);
            if (group == null) {
                error(GROUP, "无法识别的人群类别“" + text + "”，应为："
                        + Arrays.stream(CareGroup.values()).map(CareGroup::label).collect(Collectors.joining("；"))
                        + "。");
            }
            return group;
        }

        private Boolean yesNo(String column) {
            String text = text(column, true, Integer.MAX_VALUE);
            if (text == null) {
                return null;
            }
            String word = text.toLowerCase(Locale.ROOT);
            if (TRUE_WORDS.contains(word)) {
                return true;
            }
            if (FALSE_WORDS.contains(word)) {
                return false;
            }
            error(column, "“" + column + "”应填写“是”或“否”，而不是“" + text + "”。");
            return null;
        }

        private SelfCare selfCare() {
            String text = text(SELF_CARE, true, Integer.MAX_VALUE);
            if (text == null) {
                return null;
            }
            for (SelfCare value : SelfCare.values()) {
                if (value.label().equals(text) || value.name().equalsIgnoreCase(text)) {
                    return value;
                }
            }
            error(SELF_CARE, "生活自理能力应为完全自理、半失能或失能，而不是“" + text + "”。");
            return null;
        }

        private Integer neighbours() {
            String text = text(NEIGHBOURS, true, Integer.MAX_VALUE);
            if (text == null) {
                return null;
            }
            if (INTEGER_PATTERN.matcher(text).matches()) {
                int n = Integer.parseInt(text);
                if (n >= 0 && n <= 99) {
                    return n;
                }
            }
            error(NEIGHBOURS, "500米内在家邻居(户)应为0至99的整数，而不是“" + text + "”。");
            return null;
        }
    }

    /** By enum name, by Chinese label, or by a label prefix that fits exactly one group (困境儿童（孤儿）, 重度残疾人). */
    static CareGroup parseGroup(String text) {
        String key = labelKey(text);
        if (key.isEmpty()) {
            return null;
        }
        for (CareGroup group : CareGroup.values()) {
            if (group.name().equalsIgnoreCase(key) || labelKey(group.label()).equals(key)) {
                return group;
            }
        }
        List<CareGroup> candidates = Arrays.stream(CareGroup.values())
                .filter(g -> key.startsWith(labelKey(g.label()))
                        || key.length() >= 2 && labelKey(g.label()).startsWith(key))
                .toList();
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    // ------------------------------------------------------------------------------------------
    // Cells

    /** A cell's text as the user means it, and whether Excel stored it as a number. */
    private record Value(String text, boolean numeric) {
        static final Value EMPTY = new Value("", false);
    }

    /**
     * Numbers come back as plain digits (no exponent, no ".0"), so that phone numbers, codes and
     * ID numbers stored as numbers read as typed; dates as DataFormatter shows them.
     */
    private static Value read(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return Value.EMPTY;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? new Value(clean(formatter.formatCellValue(cell)), false)
                    : new Value(plainNumber(cell.getNumericCellValue()), true);
            case STRING -> new Value(clean(cell.getStringCellValue()), false);
            case BOOLEAN -> new Value(cell.getBooleanCellValue() ? "true" : "false", false);
            case ERROR -> new Value(errorText(cell), false);
            default -> Value.EMPTY;
        };
    }

    private static String plainNumber(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        if (value == Math.rint(value)) {
            return new BigDecimal(value).toPlainString(); // exact, so every digit a double holds is kept
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String errorText(Cell cell) {
        try {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (RuntimeException e) {
            return "#ERROR";
        }
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace('\u00a0', ' ').strip();
    }

    private static boolean isBlank(Row row, DataFormatter formatter) {
        for (Cell cell : row) {
            if (!read(cell, formatter).text().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Header text as compared: no spaces or asterisks (required marks), half-width parentheses. */
    private static String headerKey(String text) {
        return labelKey(text).replace("*", "").replace("＊", "");
    }

    private static String labelKey(String text) {
        return clean(text).replace('（', '(').replace('）', ')').replaceAll("\\s+", "");
    }

    // ------------------------------------------------------------------------------------------
    // Styles and output

    private static CellStyle titleStyle(Workbook wb) {
        Font font = wb.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) 14);
        CellStyle style = wb.createCellStyle();
        style.setFont(font);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    private static CellStyle headerStyle(Workbook wb) {
        Font font = wb.createFont();
        font.setBold(true);
        CellStyle style = wb.createCellStyle();
        style.setFont(font);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /** Column width in characters: CJK and other wide characters count two. */
    private static int displayWidth(String text) {
        return text.codePoints().map(cp -> cp >= 0x1100 && Character.UnicodeScript.of(cp) != Character.UnicodeScript.COMMON
                || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFF60 ? 2 : 1).sum();
    }

    private static byte[] bytes(Workbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }
}
