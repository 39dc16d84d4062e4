package cn.civilaffairs.assist.calendar;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Published (synchronously, in the import's transaction) when a year's notice has been loaded,
 * before the generic recomputation: a module that computed working-day deadlines itself and
 * handed the engine a date (not "nWD") recomputes its own and reports the task and timer it
 * looked after, which the generic pass then leaves alone.
 */
public final class ProvisionalDeadlinesDue {
    private final Set<Integer> before;
    private final Set<Integer> newlyLoaded;
    final List<String> tasks = new ArrayList<>();
    final List<String> timers = new ArrayList<>();
    final Set<String> handled = new HashSet<>();
    int unchanged;

    ProvisionalDeadlinesDue(Set<Integer> before, Set<Integer> newlyLoaded) {
        this.before = before;
        this.newlyLoaded = newlyLoaded;
    }

    /** The first year this import added. */
    public int firstNewYear() {
        return newlyLoaded.iterator().next();
    }

    /** Whether a working-day deadline ending on {@code day} was provisional before this import. */
    public boolean wasProvisional(java.time.LocalDate day) {
        return !before.contains(day.getYear()) && day.getYear() >= firstNewYear();
    }

    /**
     * A module recomputed one of its deadlines: the engine task and timer job (either may be null)
     * now carry it; {@code changed} whether the date moved.
     */
    public void handled(String taskId, String timerJobId, boolean changed) {
        if (taskId != null) {
            handled.add(taskId);
            if (changed) {
                tasks.add(taskId);
            }
        }
        if (timerJobId != null) {
            handled.add(timerJobId);
            if (changed) {
                timers.add(timerJobId);
            }
        }
        if (!changed) {
            unchanged++;
        }
    }
}
