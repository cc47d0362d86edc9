package vn.danvan.organisation;

/**
 * The groups of the staff menu, by task, in the order the menu shows them: never more than seven top-level entries,
 * whatever the roles. Each group is a button opening its entries ({@code id} is the button's id); a group with no
 * entry for the person is not shown.
 */
public enum MenuGroup {
    /** Việc của tôi: the person's own queues, notifications, the dashboard. */
    MY_WORK("nav-group-my-work", "nav.group.myWork"),
    /** Tiếp dân và phản ánh: petitions, citizen reception, dialogue, consultation, news for the portal. */
    CITIZENS("nav-group-citizens", "nav.group.citizens"),
    /** Một cửa: dossiers and their procedures. */
    ONE_STOP("nav-group-one-stop", "nav.group.oneStop"),
    /** Kế hoạch và báo cáo: plans, reports, the register of documents. */
    PLANS_AND_REPORTS("nav-group-plans", "nav.group.plansAndReports"),
    /** Giám sát và kiểm tra: the Front's supervision, civil-service inspection. */
    OVERSIGHT("nav-group-oversight", "nav.group.oversight"),
    /** Phong trào và khen thưởng: good models, friendly offices, commendation. */
    MOVEMENTS("nav-group-movements", "nav.group.movements"),
    /** Quản trị: units, people, accounts and the settings. */
    ADMINISTRATION("nav-admin", "nav.administration");

    private final String id;
    private final String messageKey;

    MenuGroup(String id, String messageKey) {
        this.id = id;
        this.messageKey = messageKey;
    }

    public String id() {
        return id;
    }

    public String messageKey() {
        return messageKey;
    }
}
