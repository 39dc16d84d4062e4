package cn.civilaffairs.assist.monitoring;

import java.time.Instant;
import java.util.List;

/** The landing overview of a district (places = its streets) or a street (places = its villages). */
public record MonitoringOverview(Instant asOf,
        String scopeCode, String scopeName,
        MonitoringTotals totals,
        List<ProcessFigures> processes,
        List<PlaceFigures> places,
        List<StageCount> warningsByStage) {}
