package cn.civilaffairs.assist.reports;

import java.util.List;

/** One street's KPIs and its villages'. */
public record StreetKpis(String code, String name, KpiFigures figures, List<UnitKpis> villages) {}
