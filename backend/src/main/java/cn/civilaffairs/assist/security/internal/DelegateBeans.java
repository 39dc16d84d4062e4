package cn.civilaffairs.assist.security.internal;

import java.util.AbstractMap;
import java.util.Set;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationContext;

/**
 * The Spring beans a BPMN/DMN expression may name: only the process delegates and listeners
 * (every bean the files in processes/ reference is a JavaDelegate named {@code ...Delegate}).
 * Anything else — {@code environment}, the data source, the services — does not resolve, so even a
 * model that got deployed cannot read configuration or call into the app. Beans are looked up by
 * name when an expression asks for them, so the engine does not instantiate the delegates early.
 */
public final class DelegateBeans extends AbstractMap<Object, Object> {
    private static final Class<?>[] ALLOWED = {JavaDelegate.class, ExecutionListener.class, TaskListener.class};

    private final ApplicationContext context;

    public DelegateBeans(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public boolean containsKey(Object key) {
        if (!(key instanceof String name) || !context.containsBean(name)) {
            return false;
        }
        for (Class<?> type : ALLOWED) {
            if (context.isTypeMatch(name, type)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Object get(Object key) {
        return containsKey(key) ? context.getBean((String) key) : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        // Expressions only ask by name; there is nothing to list.
        return Set.of();
    }
}
