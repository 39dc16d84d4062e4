/**
 * Notification: mail outbox (attachments read from common's FileStorage) and task-available mails.
 * Public API: the types in this package; sub-packages (notification.internal) are implementation (see docs/modules/).
 */
@ApplicationModule(
        displayName = "Notification",
        allowedDependencies = {"common"})
package cn.civilaffairs.assist.notification;

import org.springframework.modulith.ApplicationModule;
