package cn.civilaffairs.assist.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rolls village tallies up to streets and streets up to the total: the one place figures are
 * added, so per-street counts always sum to the district's (KpiAssemblyPropertyTest).
 */
final class KpiAssembly {
    private KpiAssembly() {}

    /** A street of the scope and its villages, in display order. */
    record Street(String code, String name, Map<String, String> villageNames) {}

    record Assembled(KpiFigures total, List<StreetKpis> streets) {}

    /**
     * @param villages tallies by village code (villages not in any street are ignored)
     * @param streetOnly tallies only a street has (statements are settled per street)
     */
    static Assembled assemble(List<Street> streets, Map<String, Tally> villages, Map<String, Tally> streetOnly) {
        Tally total = new Tally();
        List<StreetKpis> out = new ArrayList<>();
        for (Street s : streets) {
            Tally street = new Tally();
            List<UnitKpis> rows = new ArrayList<>();
            for (Map.Entry<String, String> v : s.villageNames().entrySet()) {
                Tally t = villages.getOrDefault(v.getKey(), new Tally());
                street.add(t);
                rows.add(new UnitKpis(v.getKey(), v.getValue(), t.figures()));
            }
            street.add(streetOnly.getOrDefault(s.code(), new Tally()));
            total.add(street);
            out.add(new StreetKpis(s.code(), s.name(), street.figures(), rows));
        }
        return new Assembled(total.figures(), out);
    }

}
