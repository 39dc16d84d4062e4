package cn.civilaffairs.assist.workflow.internal;

import java.lang.management.ManagementFactory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names this node's job executor (issue #17): the lock owner of every job it takes is
 * {@code app.node-name} (default pid@host) and a short random suffix, so an operator sees in Cockpit
 * and in ACT_RU_JOB which node of the cluster holds a job, e.g. one left locked by a node that died.
 */
@Component
class NodeNamePlugin extends AbstractProcessEnginePlugin {
    private final String nodeName;

    NodeNamePlugin(@Value("${app.node-name:}") String nodeName) {
        // Lock owners must be unique per job executor: pid@host names the JVM, the suffix the engine
        // (two engines in one JVM, as in bench/CareSweepBenchmark's two nodes, must not share one).
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
        this.nodeName = (nodeName.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : nodeName) + "/" + suffix;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().setLockOwner(nodeName);
    }
}
