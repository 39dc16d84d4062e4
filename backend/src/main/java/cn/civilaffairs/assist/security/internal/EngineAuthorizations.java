package cn.civilaffairs.assist.security.internal;

import cn.civilaffairs.assist.security.AppEngineCalls;
import cn.civilaffairs.assist.security.EngineGroups;
import cn.civilaffairs.assist.security.WorkGroups;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.spring.SpringBeansResolverFactory;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The engine side of the security model (README "Security model"): Camunda's authorization checks
 * are on (application.yml) for everything that reaches the engine through /engine-rest and the
 * webapps; this plugin
 * <ul>
 * <li>writes, at every start and idempotently, the only authorizations there are: administrators
 * ({@code camunda-admin}) ALL on every resource; district managers ({@link EngineGroups#DISTRICT_MANAGERS})
 * read and monitoring rights (Cockpit and Tasklist, read definitions/instances/history/tasks/users/groups,
 * retry failed jobs, suspend and activate instances) and nothing that writes identities,
 * authorizations, deployments, variables or tasks;</li>
 * <li>stops the engine from writing an authorization row for every user, group, task, filter and
 * deployment it creates ({@link NoDefaultAuthorizations});</li>
 * <li>lets app calls made through {@link AppEngineCalls} run without the engine's checks;</li>
 * <li>lets expressions name only the process delegates ({@link DelegateBeans}), and scripts no bean.</li>
 * </ul>
 */
@Component
public class EngineAuthorizations extends AbstractProcessEnginePlugin {
    private final ApplicationContext applicationContext;

    public EngineAuthorizations(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new NoDefaultAuthorizations());
        // The Spring factory bean made an expression manager over the whole application context
        // before the plugins ran; replace it with one that sees only the delegate beans.
        configuration.setExpressionManager(new SpringExpressionManager(applicationContext, new DelegateBeans(applicationContext)));
        addInterceptor(configuration.getCustomPostCommandInterceptorsTxRequired(), configuration::setCustomPostCommandInterceptorsTxRequired);
        addInterceptor(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), configuration::setCustomPostCommandInterceptorsTxRequiresNew);
    }

    private static void addInterceptor(List<CommandInterceptor> existing,
            java.util.function.Consumer<List<CommandInterceptor>> setter) {
        List<CommandInterceptor> list = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        list.add(new AppEngineCalls.Interceptor());
        setter.accept(list);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        // Scripts would see every Spring bean by name through this resolver. No script engine is
        // on the classpath today; should one arrive, scripts still get only variables and the execution.
        configuration.getResolverFactories().removeIf(SpringBeansResolverFactory.class::isInstance);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        for (Resources resource : Resources.values()) {
            grantExactly(authorizations, WorkGroups.CAMUNDA_ADMIN, resource, Authorization.ANY, Permissions.ALL);
        }
        managerGrants().forEach((grant, permissions) ->
                grantExactly(authorizations, EngineGroups.DISTRICT_MANAGERS, grant.resource(), grant.resourceId(), permissions));
    }

    record Grant(Resource resource, String resourceId) {}

    /** What a district manager may do through the engine: look, retry failed jobs, suspend/activate instances. */
    public static Map<Grant, Permission[]> managerGrants() {
        Map<Grant, Permission[]> grants = new LinkedHashMap<>();
        grants.put(new Grant(Resources.APPLICATION, "cockpit"), new Permission[] {Permissions.ACCESS});
        grants.put(new Grant(Resources.APPLICATION, "tasklist"), new Permission[] {Permissions.ACCESS});
        grants.put(new Grant(Resources.PROCESS_DEFINITION, Authorization.ANY), new Permission[] {
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.RETRY_JOB,
                ProcessDefinitionPermissions.SUSPEND_INSTANCE});
        grants.put(new Grant(Resources.PROCESS_INSTANCE, Authorization.ANY), new Permission[] {
                ProcessInstancePermissions.READ, ProcessInstancePermissions.RETRY_JOB, ProcessInstancePermissions.SUSPEND});
        // Read only: completing a task in Tasklist would bypass the app's own task endpoints.
        grants.put(new Grant(Resources.TASK, Authorization.ANY), new Permission[] {TaskPermissions.READ});
        grants.put(new Grant(Resources.DEPLOYMENT, Authorization.ANY), new Permission[] {Permissions.READ});
        grants.put(new Grant(Resources.DECISION_DEFINITION, Authorization.ANY),
                new Permission[] {Permissions.READ, Permissions.READ_HISTORY});
        grants.put(new Grant(Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY), new Permission[] {Permissions.READ});
        grants.put(new Grant(Resources.USER, Authorization.ANY), new Permission[] {Permissions.READ});
        grants.put(new Grant(Resources.GROUP, Authorization.ANY), new Permission[] {Permissions.READ});
        grants.put(new Grant(Resources.FILTER, Authorization.ANY), new Permission[] {Permissions.READ});
        return grants;
    }

    /** One GRANT row per group and resource, holding exactly these permissions (a changed list is applied on the next start). */
    private static void grantExactly(AuthorizationService service, String groupId, Resource resource, String resourceId,
            Permission... permissions) {
        Authorization existing = service.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
                .resourceId(resourceId).authorizationType(Authorization.AUTH_TYPE_GRANT).singleResult();
        Authorization authorization = existing != null ? existing : service.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        if (existing == null) {
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        authorization.setPermissions(permissions);
        service.saveAuthorization(authorization);
    }
}
