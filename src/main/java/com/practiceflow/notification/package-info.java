/**
 * Email notifications: one template per {@link com.practiceflow.notification.NotificationType}, sent once per
 * recipient over Spring Mail and recorded. Bodies carry only a case reference, the task name, the due date and a
 * link into the app. In the default profile a built-in mail catcher receives the mail.
 */
package com.practiceflow.notification;
