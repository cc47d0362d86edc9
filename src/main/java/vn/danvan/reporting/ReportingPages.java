package vn.danvan.reporting;

import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.danvan.shared.DanVanTime;

/** What every reporting screen needs: the zone in which times are shown. */
@ControllerAdvice(assignableTypes = {ReportingController.class, ConsolidationController.class, TemplateController.class})
class ReportingPages {

    @ModelAttribute("zone")
    ZoneId zone() {
        return DanVanTime.ZONE;
    }
}
