package cn.civilaffairs.assist.workflow.internal;

import java.lang.management.ManagementFactory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names this node's job executor (issue #17): the lock owner of every job it takes is
 * {@code app.node-name} (default host:pid), so an operator sees in Cockpit and in ACT_RU_JOB which
 * node of the cluster holds a job, e.g. one left locked by a node that died.
 */
@Component
class NodeNamePlugin extends AbstractProcessEnginePlugin {
    private final String nodeName;

    NodeNamePlugin(@Value("${app.node-name:}") String nodeName) {
        // RuntimeMXBean's name is pid@host: unique per JVM, as lock owners must be.
        this.nodeName = nodeName.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : nodeName;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().setLockOwner(nodeName);
    }
}
