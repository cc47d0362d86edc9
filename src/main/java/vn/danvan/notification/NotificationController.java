package vn.danvan.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.organisation.OrganisationScope;
import vn.danvan.shared.web.NotFoundException;

/**
 * The signed-in person's own notifications. Every query names the current account, so another
 * person's notification answers 404 as if it did not exist.
 */
@Controller
class NotificationController {

    static final String LIST = "notification/list";
    static final String UNREAD_BADGE = "notification/unread :: badge";
    static final String HOME = "/notifications";

    private final InAppNotifications notifications;
    private final OrganisationScope scope;
    private final Clock clock;

    NotificationController(InAppNotifications notifications, OrganisationScope scope, Clock clock) {
        this.notifications = notifications;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping(HOME)
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        long account = scope.requireUser().accountId();
        List<NotificationView> found = notifications.of(account, page, InAppNotifications.PAGE_SIZE + 1);
        model.addAttribute("notifications", found.stream().limit(InAppNotifications.PAGE_SIZE).toList());
        model.addAttribute("hasNext", found.size() > InAppNotifications.PAGE_SIZE);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("unread", notifications.unreadCount(account));
        return LIST;
    }

    /** Marks the notification read and goes where it points. */
    @PostMapping(HOME + "/{id}/open")
    String open(@PathVariable long id) {
        long account = scope.requireUser().accountId();
        NotificationView notification = notifications.find(id, account)
                .orElseThrow(() -> new NotFoundException("notification", id));
        notifications.markRead(id, account, OffsetDateTime.now(clock));
        return "redirect:" + (notification.link() == null ? HOME : notification.link());
    }

    @PostMapping(HOME + "/read-all")
    String markAllRead(RedirectAttributes redirect) {
        notifications.markAllRead(scope.requireUser().accountId(), OffsetDateTime.now(clock));
        redirect.addFlashAttribute("flash", "notification.flash.allRead");
        return "redirect:" + HOME;
    }

    /** The unread count as a small HTML fragment, for the layout to refresh with htmx. */
    @GetMapping(HOME + "/unread-count")
    String unreadCount(Model model) {
        model.addAttribute("count", notifications.unreadCount(scope.requireUser().accountId()));
        return UNREAD_BADGE;
    }
}
