package cn.civilaffairs.assist.security.internal;

import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.auth.ResourceAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DecisionRequirementsDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Replaces Camunda's DefaultAuthorizationProvider, which with authorization checks on writes rows
 * into ACT_RU_AUTHORIZATION whenever something is created: every user gets ALL on itself (so a
 * manager could rename, re-password or delete his own account through /engine-rest), every group's
 * members READ on it, and every task one row per assignee, owner and candidate group — an ever
 * growing table beside the inbox's 100,000 tasks that grants village officers engine rights they
 * never use (they never reach the engine directly; the app checks their scope). The rows that
 * exist are the role-level ones written by {@link EngineAuthorizations}, and nothing else.
 */
final class NoDefaultAuthorizations implements ResourceAuthorizationProvider {
    @Override public AuthorizationEntity[] newUser(User user) { return null; }
    @Override public AuthorizationEntity[] newGroup(Group group) { return null; }
    @Override public AuthorizationEntity[] newTenant(Tenant tenant) { return null; }
    @Override public AuthorizationEntity[] groupMembershipCreated(String groupId, String userId) { return null; }
    @Override public AuthorizationEntity[] tenantMembershipCreated(Tenant tenant, User user) { return null; }
    @Override public AuthorizationEntity[] tenantMembershipCreated(Tenant tenant, Group group) { return null; }
    @Override public AuthorizationEntity[] newFilter(Filter filter) { return null; }
    @Override public AuthorizationEntity[] newDeployment(Deployment deployment) { return null; }
    @Override public AuthorizationEntity[] newProcessDefinition(ProcessDefinition processDefinition) { return null; }
    @Override public AuthorizationEntity[] newProcessInstance(ProcessInstance processInstance) { return null; }
    @Override public AuthorizationEntity[] newTask(Task task) { return null; }
    @Override public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) { return null; }
    @Override public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) { return null; }
    @Override public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) { return null; }
    @Override public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) { return null; }
    @Override public AuthorizationEntity[] deleteTaskUserIdentityLink(Task task, String userId, String type) { return null; }
    @Override public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) { return null; }
    @Override public AuthorizationEntity[] newDecisionDefinition(DecisionDefinition decisionDefinition) { return null; }
    @Override public AuthorizationEntity[] newDecisionRequirementsDefinition(DecisionRequirementsDefinition definition) { return null; }
}
