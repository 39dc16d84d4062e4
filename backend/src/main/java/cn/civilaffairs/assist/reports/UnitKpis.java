package cn.civilaffairs.assist.reports;

/** One village's KPIs. */
public record UnitKpis(String code, String name, KpiFigures figures) {}
