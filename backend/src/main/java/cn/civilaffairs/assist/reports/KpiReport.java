package cn.civilaffairs.assist.reports;

import java.time.LocalDate;
import java.util.List;

/** KPIs for a period over a district or one street: the total, per street and village, per provider. */
public record KpiReport(LocalDate from, LocalDate to, String scopeCode, String scopeName, KpiFigures total,
        List<StreetKpis> streets, List<ProviderKpis> providers) {}
