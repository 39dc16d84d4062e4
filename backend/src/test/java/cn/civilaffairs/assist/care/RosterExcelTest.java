package cn.civilaffairs.assist.care;

import cn.civilaffairs.assist.common.SelfCare;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.civilaffairs.assist.care.RosterExcel.ExportRow;
import cn.civilaffairs.assist.care.RosterExcel.ImportRow;
import cn.civilaffairs.assist.care.RosterExcel.Parsed;
import cn.civilaffairs.assist.care.RosterExcel.RowError;
import cn.civilaffairs.assist.person.ResidentIdNumber;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RosterExcelTest {

    static final String ID_1 = ResidentIdNumber.withCheckCharacter("36019919430512002").value();
    static final String ID_2 = ResidentIdNumber.withCheckCharacter("36019919500101001").value();
    static final String ID_3 = ResidentIdNumber.withCheckCharacter("36019919720304005").value();
    static final String ID_WITH_X = "36019919500101006X";
    /** Valid, ends in a digit, and a multiple of 64, so a double holds it exactly. */
    static final String NUMERIC_ID = "360199196007080768";

    // ------------------------------------------------------------------------------------------
    // Template

    @Test
    void templateRoundTrips() throws IOException {
        byte[] template = RosterExcel.template();

        Parsed parsed = RosterExcel.parse(new ByteArrayInputStream(template));

        // The blank template sent back as it is imports nobody: its example row is skipped.
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.totalRows()).isZero();
        assertThat(parsed.valid()).isEmpty();

        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Row example = wb.getSheetAt(0).getRow(1);
            assertThat(example.getCell(0).getStringCellValue()).startsWith(RosterExcel.EXAMPLE_MARK);
            // With the mark removed the example is a valid row, so it shows the format correctly.
            example.getCell(0).setCellValue("张某某");
            example.getCell(RosterExcel.IMPORT_COLUMNS.indexOf("备注")).setCellValue("");
            Parsed edited = RosterExcel.parse(new ByteArrayInputStream(bytes(wb)));
            assertThat(edited.errors()).isEmpty();
            assertThat(edited.valid()).singleElement().satisfies(row -> {
                assertThat(row.rowNumber()).isEqualTo(2);
                assertThat(row.idNumber()).isEqualTo(ID_1);
                assertThat(row.villageCode()).hasSize(12);
                assertThat(row.group()).isNotNull();
                assertThat(row.facts().selfCare()).isNotNull();
                assertThat(row.facts().neighboursNearby()).isBetween(0, 99);
            });
        }

        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(texts(wb.getSheetAt(0).getRow(0))).isEqualTo(RosterExcel.IMPORT_COLUMNS);
            Sheet help = wb.getSheet("说明");
            assertThat(help).isNotNull();
            List<String> described = new ArrayList<>();
            for (Row row : help) {
                described.add(row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue());
            }
            assertThat(described).containsAll(RosterExcel.IMPORT_COLUMNS);
            assertThat(help.getRow(6).getCell(2).getStringCellValue()).contains(CareGroup.CHILD_IN_DIFFICULTY.label());
        }
    }

    @Test
    void exampleRowsAreSkippedAlsoFromOldTemplatesAndRealRowsNextToThemAreRead() {
        Map<String, Object> marked = goodRow(ID_2);
        marked.put("姓名", RosterExcel.EXAMPLE_MARK + "王某");
        Map<String, Object> oldExample = goodRow(ID_1);
        oldExample.put("备注", "示例行，导入前请删除");

        Parsed parsed = parse(header(), marked, oldExample, goodRow(ID_3));

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.totalRows()).isEqualTo(1);
        assertThat(parsed.valid()).extracting(ImportRow::idNumber).containsExactly(ID_3);
    }

    @Test
    void controlAndBidiCharactersInCellsAreRefused() {
        Map<String, Object> nul = goodRow(ID_1);
        nul.put("姓名", "张\u0085某"); // C1 control; XML cannot carry NUL, so a file never holds one
        Map<String, Object> bidi = goodRow(ID_2);
        bidi.put("住址", "某某村\u202E三组");
        Map<String, Object> multiLineNote = goodRow(ID_3);
        multiLineNote.put("备注", "第一行\n第二行");

        Parsed parsed = parse(header(), nul, bidi, multiLineNote);

        assertThat(parsed.errors()).extracting(RosterExcel.RowError::row, RosterExcel.RowError::column)
                .containsExactly(tuple(2, "姓名"), tuple(3, "住址"));
        assertThat(parsed.valid()).extracting(ImportRow::idNumber).containsExactly(ID_3);
    }

    // ------------------------------------------------------------------------------------------
    // Export

    @Test
    void exportWritesTitleHeaderAndRowsWithRealDates() throws IOException {
        List<ExportRow> rows = List.of(
                new ExportRow("GA-2025-0001", "张某某", "360199********0028", "某某村", "空巢留守老年人", 3, "李干部",
                        LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 4), "今日应访", "走访超期"),
                new ExportRow("GA-2025-0002", "王某", "360199********001X", "某某社区", "困境儿童", null, null, null,
                        null, "未到期", null),
                new ExportRow("GA-2025-0003", "赵某", "360199********0036", "某某村", "困境儿童", 1, "李干部",
                        LocalDate.of(2025, 2, 20), LocalDate.of(2025, 3, 7), "未到期", null, "山路塌方，返回后补录"));

        byte[] bytes = RosterExcel.export("某某镇特殊困难群体关爱台账", rows);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("某某镇特殊困难群体关爱台账");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 11));

            Row header = sheet.getRow(1);
            assertThat(texts(header)).containsExactly("编号", "姓名", "身份证号", "村(社区)", "人群类别", "关爱等级", "责任人",
                    "最近走访", "下次应访", "走访状态", "预警", "最近走访补录");
            assertThat(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:L5");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);

            Row first = sheet.getRow(2);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("GA-2025-0001");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("张某某");
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("三级");
            Cell lastVisit = first.getCell(7);
            assertThat(lastVisit.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(lastVisit)).isTrue();
            assertThat(lastVisit.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(lastVisit.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 1));
            assertThat(first.getCell(8).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 4));
            assertThat(first.getCell(10).getStringCellValue()).isEqualTo("走访超期");

            Row second = sheet.getRow(3);
            assertThat(second.getCell(5).getStringCellValue()).isEqualTo("未定级");
            assertThat(second.getCell(7)).isNull();
            assertThat(second.getCell(10)).isNull();
            assertThat(first.getCell(11)).isNull();
            // A late-entered (补录) last visit says so, with the reason.
            assertThat(sheet.getRow(4).getCell(11).getStringCellValue()).isEqualTo("补录：山路塌方，返回后补录");

            for (int i = 0; i < 12; i++) {
                assertThat(sheet.getColumnWidth(i)).isGreaterThanOrEqualTo(8 * 256);
            }
            assertThat(sheet.getColumnWidth(2)).isGreaterThan(18 * 256); // the ID column fits its 18 characters
        }
    }

    @Test
    void exportLevelLabels() {
        assertThat(Arrays.asList(3, 2, 1, 0, null).stream().map(RosterExcel::levelLabel))
                .containsExactly("三级", "二级", "一级", "未定级", "未定级");
    }

    @Test
    void exportOfNoRowsIsStillAWorkbook() throws IOException {
        byte[] bytes = RosterExcel.export(null, List.of());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isNotBlank();
            assertThat(texts(wb.getSheetAt(0).getRow(1))).hasSize(12);
        }
    }

    // ------------------------------------------------------------------------------------------
    // Parsing: good rows

    @Test
    void parsesAGoodRowWithAllFields() {
        Parsed parsed = parse(header(), goodRow(ID_1));

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.totalRows()).isEqualTo(1);
        ImportRow row = parsed.valid().get(0);
        assertThat(row.rowNumber()).isEqualTo(2);
        assertThat(row.name()).isEqualTo("张某某");
        assertThat(row.idNumber()).isEqualTo(ID_1);
        assertThat(row.phone()).isEqualTo("0791-88888888");
        assertThat(row.address()).isEqualTo("某某村三组");
        assertThat(row.villageCode()).isEqualTo("360199001001");
        assertThat(row.group()).isEqualTo(CareGroup.EMPTY_NEST_LEFT_BEHIND_ELDERLY);
        assertThat(row.facts()).isEqualTo(new CareFacts(true, SelfCare.PARTIAL, true, 0, false, false, true, false));
        assertThat(row.note()).isEqualTo("备注");
    }

    @Test
    void acceptsAlternativeSpellingsAndCellTypes() {
        Map<String, Object> row = goodRow(ID_1);
        row.put("人群类别", "困境儿童（孤儿）");
        row.put("单独一人生活", "Y");
        row.put("生活自理能力", "none");
        row.put("居住偏僻", true); // a boolean cell
        row.put("500米内在家邻居(户)", 3.0); // a number cell
        row.put("大病重残", 1.0);
        row.put("照料人自身困难", "FALSE");
        row.put("有法定赡养抚养人", "n");
        row.put("赡养抚养缺失或照护不到位", "0");
        row.put("联系电话", 13900000000.0);
        row.put("村(社区)代码", 360199001001.0);
        row.put("住址", null);
        row.put("备注", "  ");
        Map<String, Object> second = goodRow(ID_2);
        second.put("人群类别", "SEVERE_DISABILITY_OR_ILLNESS");
        Map<String, Object> third = goodRow(ID_3);
        third.put("人群类别", "重度残疾人"); // a prefix of 重度残疾人、重病患者
        third.put("生活自理能力", "失能");

        Parsed parsed = parse(header(), row, second, third);

        assertThat(parsed.errors()).isEmpty();
        ImportRow r = parsed.valid().get(0);
        assertThat(r.group()).isEqualTo(CareGroup.CHILD_IN_DIFFICULTY);
        assertThat(r.facts()).isEqualTo(new CareFacts(true, SelfCare.NONE, true, 3, true, false, false, false));
        assertThat(r.phone()).isEqualTo("13900000000");
        assertThat(r.villageCode()).isEqualTo("360199001001");
        assertThat(r.address()).isNull();
        assertThat(r.note()).isNull();
        assertThat(parsed.valid().get(1).group()).isEqualTo(CareGroup.SEVERE_DISABILITY_OR_ILLNESS);
        assertThat(parsed.valid().get(2).group()).isEqualTo(CareGroup.SEVERE_DISABILITY_OR_ILLNESS);
        assertThat(parsed.valid().get(2).facts().selfCare()).isEqualTo(SelfCare.NONE);
    }

    @Test
    void numericIdNumberCellIsReadAsPlainDigits() {
        assertThat(ResidentIdNumber.problem(NUMERIC_ID)).isNull();
        double asNumber = Long.parseLong(NUMERIC_ID);
        assertThat(new java.math.BigDecimal(asNumber).toPlainString()).isEqualTo(NUMERIC_ID); // exactly representable
        Map<String, Object> row = goodRow(null);
        row.put("身份证号", asNumber);

        Parsed parsed = parse(header(), row, goodRow(ID_WITH_X.toLowerCase()));

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.valid()).extracting(ImportRow::idNumber).containsExactly(NUMERIC_ID, ID_WITH_X);
    }

    @Test
    void idNumberMangledByExcelAsANumberGetsAHint() {
        Map<String, Object> row = goodRow(null);
        row.put("身份证号", 3.60199194305120E17); // what Excel keeps of 360199194305120028: 15 digits

        Parsed parsed = parse(header(), row);

        assertThat(parsed.valid()).isEmpty();
        assertThat(parsed.errors()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("身份证号");
            assertThat(e.message()).contains("校验位").contains("文本格式");
        });
    }

    @Test
    void columnsAreMatchedByHeaderTextInAnyOrderBelowATitle() {
        List<String> columns = new ArrayList<>(RosterExcel.IMPORT_COLUMNS);
        java.util.Collections.reverse(columns);
        columns.remove("联系电话"); // optional columns may be left out
        columns.remove("备注");
        columns.add("序号"); // unknown columns are ignored
        columns.remove("姓名"); // 姓名 starts the header row; the rest in any order
        columns.add(0, "*姓名");
        columns.replaceAll(c -> c.equals("村(社区)代码") ? " 村（社区）代码 " : c);

        Workbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet();
        sheet.createRow(0).createCell(3).setCellValue("某某村关爱对象");
        Row header = sheet.createRow(2);
        header.createCell(0); // a blank first cell before 姓名
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i + 1).setCellValue(columns.get(i));
        }
        Map<String, Object> values = goodRow(ID_1);
        values.put("*姓名", values.get("姓名"));
        values.put(" 村（社区）代码 ", values.get("村(社区)代码"));
        values.put("序号", 1.0);
        Row data = sheet.createRow(3);
        for (int i = 0; i < columns.size(); i++) {
            set(data.createCell(i + 1), values.get(columns.get(i)));
        }

        Parsed parsed = RosterExcel.parse(new ByteArrayInputStream(bytes(wb)));

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.valid()).singleElement().satisfies(r -> {
            assertThat(r.rowNumber()).isEqualTo(4);
            assertThat(r.name()).isEqualTo("张某某");
            assertThat(r.villageCode()).isEqualTo("360199001001");
            assertThat(r.phone()).isNull();
            assertThat(r.note()).isNull();
        });
    }

    @Test
    void blankRowsAreSkippedAndNotCounted() {
        Map<String, Object> blank = new LinkedHashMap<>();
        RosterExcel.IMPORT_COLUMNS.forEach(c -> blank.put(c, "  "));

        Workbook wb = workbook(header(), goodRow(ID_1), blank, goodRow(ID_2));
        wb.getSheetAt(0).createRow(6); // a physical row without cells
        Row last = wb.getSheetAt(0).createRow(8);
        last.createCell(0).setCellValue("张三");
        for (int i = 1; i < RosterExcel.IMPORT_COLUMNS.size(); i++) {
            set(last.createCell(i), goodRow(ID_3).get(RosterExcel.IMPORT_COLUMNS.get(i)));
        }

        Parsed parsed = RosterExcel.parse(new ByteArrayInputStream(bytes(wb)));

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.totalRows()).isEqualTo(3);
        assertThat(parsed.valid()).extracting(ImportRow::rowNumber).containsExactly(2, 4, 9);
    }

    @Test
    void noDataRowsParsesToNothing() {
        Parsed parsed = parse(header());
        assertThat(parsed.totalRows()).isZero();
        assertThat(parsed.valid()).isEmpty();
        assertThat(parsed.errors()).isEmpty();
    }

    // ------------------------------------------------------------------------------------------
    // Parsing: errors

    @Test
    void badIdNumberChecksum() {
        String bad = ID_1.substring(0, 17) + (ID_1.charAt(17) == '9' ? '0' : (char) (ID_1.charAt(17) + 1));
        assertErrors(with("身份证号", bad), tuple(2, "身份证号", "身份证号码校验位不正确。"));
    }

    @Test
    void shortIdNumber() {
        assertErrors(with("身份证号", "36019919430512"), tuple(2, "身份证号", "身份证号码应为18位。"));
    }

    @Test
    void missingRequiredCells() {
        assertErrors(with("姓名", null), tuple(2, "姓名", "“姓名”不能为空。"));
        assertErrors(with("身份证号", ""), tuple(2, "身份证号", "“身份证号”不能为空。"));
        assertErrors(with("村(社区)代码", null), tuple(2, "村(社区)代码", "“村(社区)代码”不能为空。"));
        assertErrors(with("人群类别", null), tuple(2, "人群类别", "“人群类别”不能为空。"));
        assertErrors(with("单独一人生活", null), tuple(2, "单独一人生活", "“单独一人生活”不能为空。"));
        assertErrors(with("生活自理能力", null), tuple(2, "生活自理能力", "“生活自理能力”不能为空。"));
        assertErrors(with("500米内在家邻居(户)", null), tuple(2, "500米内在家邻居(户)", "“500米内在家邻居(户)”不能为空。"));
    }

    @Test
    void tooLongTexts() {
        assertErrors(with("姓名", "张".repeat(51)), tuple(2, "姓名", "“姓名”不能超过50个字。"));
        assertErrors(with("住址", "村".repeat(201)), tuple(2, "住址", "“住址”不能超过200个字。"));
        assertErrors(with("备注", "注".repeat(501)), tuple(2, "备注", "“备注”不能超过500个字。"));
        assertThat(parse(header(), with("姓名", "张".repeat(50))).valid()).hasSize(1);
    }

    @Test
    void badPhone() {
        assertErrors(with("联系电话", "139-abc"), tuple(2, "联系电话", "联系电话应为7至20位，只能包含数字、“-”和“+”。"));
        assertErrors(with("联系电话", "123456"), tuple(2, "联系电话", "联系电话应为7至20位，只能包含数字、“-”和“+”。"));
        assertThat(parse(header(), with("联系电话", "+86-13900000000")).valid()).hasSize(1);
    }

    @Test
    void badBoolean() {
        assertErrors(with("大病重残", "有"), tuple(2, "大病重残", "“大病重残”应填写“是”或“否”，而不是“有”。"));
        assertErrors(with("有法定赡养抚养人", 2.0), tuple(2, "有法定赡养抚养人", "“有法定赡养抚养人”应填写“是”或“否”，而不是“2”。"));
    }

    @Test
    void badSelfCare() {
        assertErrors(with("生活自理能力", "部分自理"),
                tuple(2, "生活自理能力", "生活自理能力应为完全自理、半失能或失能，而不是“部分自理”。"));
    }

    @Test
    void neighboursOutOfRangeOrNotAnInteger() {
        assertErrors(with("500米内在家邻居(户)", 100.0),
                tuple(2, "500米内在家邻居(户)", "500米内在家邻居(户)应为0至99的整数，而不是“100”。"));
        assertErrors(with("500米内在家邻居(户)", "-1"),
                tuple(2, "500米内在家邻居(户)", "500米内在家邻居(户)应为0至99的整数，而不是“-1”。"));
        assertErrors(with("500米内在家邻居(户)", 2.5),
                tuple(2, "500米内在家邻居(户)", "500米内在家邻居(户)应为0至99的整数，而不是“2.5”。"));
        assertErrors(with("500米内在家邻居(户)", "三"),
                tuple(2, "500米内在家邻居(户)", "500米内在家邻居(户)应为0至99的整数，而不是“三”。"));
        assertThat(parse(header(), with("500米内在家邻居(户)", "99")).valid()).hasSize(1);
    }

    @Test
    void badVillageCode() {
        assertErrors(with("村(社区)代码", "36019900100"), tuple(2, "村(社区)代码", "村(社区)代码应为12位数字。"));
        assertErrors(with("村(社区)代码", "36019900100A"), tuple(2, "村(社区)代码", "村(社区)代码应为12位数字。"));
    }

    @Test
    void unknownGroup() {
        Parsed parsed = parse(header(), with("人群类别", "特困"));
        assertThat(parsed.valid()).isEmpty();
        assertThat(parsed.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("人群类别");
            assertThat(e.message()).startsWith("无法识别的人群类别“特困”").contains("困境儿童");
        });
    }

    @Test
    void duplicateIdNumberIsAnErrorOnTheSecondOccurrence() {
        Map<String, Object> lower = goodRow(ID_1.toLowerCase());
        Parsed parsed = parse(header(), goodRow(ID_1), goodRow(ID_2), goodRow(ID_1), lower);

        assertThat(parsed.totalRows()).isEqualTo(4);
        assertThat(parsed.valid()).extracting(ImportRow::rowNumber).containsExactly(2, 3);
        assertThat(parsed.errors()).extracting(RowError::row, RowError::column, RowError::message).containsExactly(
                tuple(4, "身份证号", "身份证号与第2行重复。"), tuple(5, "身份证号", "身份证号与第2行重复。"));
    }

    @Test
    void allErrorsOfARowAreCollected() {
        Map<String, Object> row = goodRow("123");
        row.put("姓名", null);
        row.put("单独一人生活", "maybe");
        row.put("500米内在家邻居(户)", 120.0);

        Parsed parsed = parse(header(), row, goodRow(ID_2));

        assertThat(parsed.totalRows()).isEqualTo(2);
        assertThat(parsed.valid()).extracting(ImportRow::rowNumber).containsExactly(3);
        assertThat(parsed.errors()).extracting(RowError::row, RowError::column).containsExactly(
                tuple(2, "姓名"), tuple(2, "身份证号"), tuple(2, "单独一人生活"), tuple(2, "500米内在家邻居(户)"));
    }

    @Test
    void missingRequiredColumn() {
        List<String> columns = new ArrayList<>(RosterExcel.IMPORT_COLUMNS);
        columns.remove("人群类别");
        Map<String, Object> header = new LinkedHashMap<>();
        columns.forEach(c -> header.put(c, c));
        Map<String, Object> row = goodRow(ID_1);
        row.remove("人群类别");

        Parsed parsed = parse(header, row);

        assertThat(parsed.valid()).isEmpty();
        assertThat(parsed.totalRows()).isEqualTo(1);
        assertThat(parsed.errors()).extracting(RowError::row, RowError::column, RowError::message)
                .containsExactly(tuple(1, "人群类别", "缺少必填列“人群类别”，请使用导入模板。"));
    }

    @Test
    void noHeaderRow() {
        Map<String, Object> row = goodRow(ID_1);
        assertThatThrownBy(() -> parse(row)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("表头");
    }

    @Test
    void notAnXlsxFile() {
        assertThatThrownBy(() -> RosterExcel.parse(new ByteArrayInputStream("姓名,身份证号\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".xlsx");
        assertThatThrownBy(() -> RosterExcel.parse(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".xlsx");
    }

    @Test
    void oldXlsFileIsRejected() throws IOException {
        try (HSSFWorkbook xls = new HSSFWorkbook()) {
            xls.createSheet().createRow(0).createCell(0).setCellValue("姓名");
            byte[] bytes = bytes(xls);
            assertThatThrownBy(() -> RosterExcel.parse(new ByteArrayInputStream(bytes)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".xlsx");
        }
    }

    @Test
    void moreThanFiveThousandRowsIsRejected() {
        Workbook wb = workbook(header());
        Sheet sheet = wb.getSheetAt(0);
        for (int i = 1; i <= RosterExcel.MAX_ROWS + 1; i++) {
            sheet.createRow(i).createCell(0).setCellValue("张" + i);
        }
        byte[] bytes = bytes(wb);

        assertThatThrownBy(() -> RosterExcel.parse(new ByteArrayInputStream(bytes)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5000");
    }

    @Test
    void exactlyFiveThousandRowsIsFine() {
        Workbook wb = workbook(header());
        Sheet sheet = wb.getSheetAt(0);
        for (int i = 1; i <= RosterExcel.MAX_ROWS; i++) {
            sheet.createRow(i).createCell(0).setCellValue("张" + i);
        }

        Parsed parsed = RosterExcel.parse(new ByteArrayInputStream(bytes(wb)));

        assertThat(parsed.totalRows()).isEqualTo(RosterExcel.MAX_ROWS);
        assertThat(parsed.valid()).isEmpty();
    }

    // ------------------------------------------------------------------------------------------
    // Helpers

    private static Map<String, Object> header() {
        Map<String, Object> header = new LinkedHashMap<>();
        RosterExcel.IMPORT_COLUMNS.forEach(c -> header.put(c, c));
        return header;
    }

    private static Map<String, Object> goodRow(String idNumber) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("姓名", "张某某");
        row.put("身份证号", idNumber);
        row.put("联系电话", "0791-88888888");
        row.put("住址", "某某村三组");
        row.put("村(社区)代码", "360199001001");
        row.put("人群类别", "空巢留守老年人");
        row.put("单独一人生活", "是");
        row.put("生活自理能力", "半失能");
        row.put("居住偏僻", "是");
        row.put("500米内在家邻居(户)", "0");
        row.put("大病重残", "否");
        row.put("照料人自身困难", "否");
        row.put("有法定赡养抚养人", "是");
        row.put("赡养抚养缺失或照护不到位", "否");
        row.put("备注", "备注");
        return row;
    }

    private static Map<String, Object> with(String column, Object value) {
        Map<String, Object> row = goodRow(ID_1);
        row.put(column, value);
        return row;
    }

    private static void assertErrors(Map<String, Object> row, org.assertj.core.groups.Tuple... expected) {
        Parsed parsed = parse(header(), row);
        assertThat(parsed.totalRows()).isEqualTo(1);
        assertThat(parsed.valid()).isEmpty();
        assertThat(parsed.errors()).extracting(RowError::row, RowError::column, RowError::message)
                .containsExactly(expected);
    }

    /** The first map is the header: its values are the header texts, its keys name the columns. */
    @SafeVarargs
    private static Parsed parse(Map<String, Object>... rows) {
        return RosterExcel.parse(new ByteArrayInputStream(bytes(workbook(rows))));
    }

    @SafeVarargs
    private static Workbook workbook(Map<String, Object>... rows) {
        Workbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("导入数据");
        List<String> columns = new ArrayList<>(rows[0].keySet());
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < columns.size(); c++) {
                Object value = rows[r].get(columns.get(c));
                if (value != null) {
                    set(row.createCell(c), value);
                }
            }
        }
        return wb;
    }

    private static void set(Cell cell, Object value) {
        if (value instanceof String s) {
            cell.setCellValue(s);
        } else if (value instanceof Double d) {
            cell.setCellValue(d);
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (value != null) {
            throw new IllegalArgumentException(value.toString());
        }
    }

    private static byte[] bytes(Workbook wb) {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.getStringCellValue());
        }
        return texts;
    }
}
