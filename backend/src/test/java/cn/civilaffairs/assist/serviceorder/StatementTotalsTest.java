package cn.civilaffairs.assist.serviceorder;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.demo.CaseWalkthrough;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.serviceorder.ContractService.ContractCommand;
import cn.civilaffairs.assist.serviceorder.DeliveryService.DeliveryCommand;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Statement totals on generated data: 1,215 deliveries of three items (hourly and per-visit prices)
 * by five staff over a month, most confirmed, a few flagged by spot checks.
 */
@IntegrationTest
@Tag("db")
class StatementTotalsTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    static final String PROVIDER = "P360199083";
    static final String STREET = ServiceFixtures.STREET;
    static final YearMonth MONTH = YearMonth.of(2026, 1);
    static final Map<String, BigDecimal> PRICES = Map.of("MEAL_DELIVERY", new BigDecimal("13.50"),
            "PERSONAL_CARE", new BigDecimal("37.80"), "DAY_CARE", new BigDecimal("55.00"));

    @Autowired OrgService orgs;
    @Autowired ContractService contracts;
    @Autowired CaseWalkthrough walkthrough;
    @Autowired ServiceOrderService orders;
    @Autowired DeliveryService deliveries;
    @Autowired StatementService statements;
    @Autowired ServiceQueries queries;
    @Autowired ServiceFixtures fixtures;
    @Autowired TaskService tasks;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    static void at(LocalDate day, int hour) {
        clock.at(day, hour, 0);
    }

    @Test
    void theStatementTotalIsTheSumOfConfirmedUnflaggedDeliveriesAtContractPrices() throws Exception {
        fixtures.providers();
        at(MONTH.atDay(2), 9);
        tx.executeWithoutResult(s -> {
            orgs.save(new OrgUnit(PROVIDER, "测试丙结算服务社", OrgLevel.PROVIDER, "360199"));
            contracts.create(new ContractCommand(PROVIDER, MONTH.atDay(1), LocalDate.of(2026, 12, 31), List.of(STREET),
                    PRICES), "manager");
        });
        CurrentUser[] staff = new CurrentUser[5];
        for (int i = 0; i < staff.length; i++) {
            staff[i] = ServiceFixtures.provider("tc" + i, "丙" + i, PROVIDER);
        }
        // Four recipients, three items each: twelve orders, all offered to (only) this provider and accepted.
        List<String> orderNos = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            String caseNo = walkthrough.toServing(Leads.lead(ServiceFixtures.VILLAGE, "丙对象" + r), 2, "FULL",
                    List.copyOf(PRICES.keySet()));
            for (String orderNo : jdbc.queryForList("select order_no from service_order where case_no = ?", String.class,
                    caseNo)) {
                String pi = jdbc.queryForObject("select process_instance_id from service_order where order_no = ?",
                        String.class, orderNo);
                Task t = tasks.createTaskQuery().processInstanceId(pi).singleResult();
                tx.executeWithoutResult(s -> {
                    orders.respond(orderNo, true, null, staff[0]);
                    tasks.complete(t.getId(), Map.of(ServiceProcesses.VAR_ACCEPTED, true));
                });
                orderNos.add(orderNo);
            }
            String card = jdbc.queryForObject("select card_no from service_order where case_no = ? limit 1",
                    String.class, caseNo);
            tx.executeWithoutResult(s -> orders.register(card, staff[0]));
        }

        Random random = new Random(20260101L);
        List<Long> ids = new ArrayList<>();
        BigDecimal expected = BigDecimal.ZERO;
        int expectedLines = 0;
        for (LocalDate day = MONTH.atDay(5); !day.isAfter(MONTH.atEndOfMonth()); day = day.plusDays(1)) {
            at(day, 21);
            LocalDate serviceDay = day;
            List<long[]> made = tx.execute(s -> {
                List<long[]> out = new ArrayList<>();
                for (CurrentUser who : staff) {
                    for (int slot = 0; slot < 9; slot++) {
                        LocalTime start = LocalTime.of(7, 0).plusMinutes(80L * slot);
                        int minutes = 20 + random.nextInt(56);
                        String orderNo = orderNos.get(random.nextInt(orderNos.size()));
                        var d = deliveries.record(new DeliveryCommand(orderNo, serviceDay, start,
                                start.plusMinutes(minutes), null), null, null, who);
                        out.add(new long[] {d.getId(), minutes});
                    }
                }
                return out;
            });
            for (long[] m : made) {
                ids.add(m[0]);
                boolean confirm = random.nextInt(10) != 0;
                boolean flag = confirm && random.nextInt(30) == 0;
                if (confirm) {
                    tx.executeWithoutResult(s -> deliveries.confirm(m[0], ConfirmMethod.OFFICER, null,
                            ServiceFixtures.OFFICER));
                }
                if (flag) {
                    jdbc.update("update service_delivery set flagged = true, flag_reason = '抽查不实' where id = ?", m[0]);
                }
                if (confirm && !flag) {
                    String item = jdbc.queryForObject("select item_code from service_delivery where id = ?", String.class,
                            m[0]);
                    // Independent of the code under test: hourly item → minutes / 60 (2 places) × price; else 1 × price.
                    BigDecimal qty = item.equals("PERSONAL_CARE")
                            ? BigDecimal.valueOf(m[1]).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                            : BigDecimal.ONE;
                    expected = expected.add(qty.multiply(PRICES.get(item)).setScale(2, RoundingMode.HALF_UP));
                    expectedLines++;
                }
            }
        }
        assertThat(ids).hasSizeGreaterThanOrEqualTo(1000);

        at(LocalDate.of(2026, 2, 2), 9);
        var built = tx.execute(s -> statements.build(MONTH, StatementKind.PROVIDER, staff[0]));
        assertThat(built).hasSize(1);
        var statement = built.get(0);
        assertThat(statement.getLineCount()).isEqualTo(expectedLines);
        assertThat(statement.getTotalAmount()).isEqualByComparingTo(expected);
        BigDecimal sql = jdbc.queryForObject("select sum(amount) from service_delivery where provider_code = ?"
                + " and status = 'CONFIRMED' and flagged = false and service_date between ? and ?", BigDecimal.class,
                PROVIDER, MONTH.atDay(1), MONTH.atEndOfMonth());
        assertThat(sql).isEqualByComparingTo(expected);

        StatementView view = tx.execute(s -> queries.statement(staff[0], statement.getStatementNo()));
        assertThat(view.lines()).hasSize(expectedLines);
        assertThat(StatementExcel.total(view)).isEqualByComparingTo(expected);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(StatementExcel.write(view)))) {
            Sheet sheet = wb.getSheetAt(0);
            double sum = sheet.getRow(sheet.getLastRowNum()).getCell(9).getNumericCellValue();
            assertThat(BigDecimal.valueOf(sum).setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo(expected);
        }

        // A failed check after building takes its amount off when the draft is rebuilt.
        long line = jdbc.queryForObject("select min(id) from service_delivery where statement_id = ?", Long.class,
                statement.getId());
        BigDecimal amount = jdbc.queryForObject("select amount from service_delivery where id = ?", BigDecimal.class, line);
        jdbc.update("update service_delivery set flagged = true where id = ?", line);
        var rebuilt = tx.execute(s -> statements.build(MONTH, StatementKind.PROVIDER, staff[0])).get(0);
        assertThat(rebuilt.getTotalAmount()).isEqualByComparingTo(expected.subtract(amount));
        assertThat(rebuilt.getLineCount()).isEqualTo(expectedLines - 1);
    }
}
