package cn.civilaffairs.assist.notification.internal;

import cn.civilaffairs.assist.notification.NotificationService;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a user task is created for candidate groups, every member with an e-mail address gets one
 * notice. Runs inside the engine's transaction (Camunda's Spring eventing is synchronous).
 */
@Component
class TaskAvailableNotifier {
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final IdentityService identityService;
    private final NotificationService notifications;
    private final String baseUrl;

    TaskAvailableNotifier(IdentityService identityService, NotificationService notifications,
            @Value("${app.base-url}") String baseUrl) {
        this.identityService = identityService;
        this.notifications = notifications;
        this.baseUrl = baseUrl;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    public void onTaskCreated(DelegateTask task) {
        Map<String, User> recipients = new LinkedHashMap<>();
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                for (User user : identityService.createUserQuery().memberOfGroup(link.getGroupId()).list()) {
                    if (user.getEmail() != null && !user.getEmail().isBlank()) {
                        recipients.putIfAbsent(user.getId(), user);
                    }
                }
            }
        }
        String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        String subject = "【待办】" + task.getName() + (businessKey == null ? "" : " " + businessKey);
        for (User user : recipients.values()) {
            notifications.enqueue("task-available:" + task.getId() + ":" + user.getId(), user.getEmail(), subject,
                    body(task, businessKey, user));
        }
    }

    private String body(DelegateTask task, String businessKey, User user) {
        StringBuilder b = new StringBuilder();
        b.append(user.getLastName() == null ? "" : user.getLastName())
                .append(user.getFirstName() == null ? "" : user.getFirstName()).append("，您好：\n\n");
        b.append("有一项新的待办任务可以领取办理。\n");
        b.append("任务：").append(task.getName()).append('\n');
        if (businessKey != null) {
            b.append("案件编号：").append(businessKey).append('\n');
        }
        if (task.getDueDate() != null) {
            b.append("办理期限：").append(DUE.format(task.getDueDate().toInstant())).append('\n');
        }
        b.append("办理地址：").append(baseUrl).append("/tasks/").append(task.getId()).append("\n\n");
        b.append("本邮件由服务类社会救助工作平台自动发送，请勿回复。");
        return b.toString();
    }
}
